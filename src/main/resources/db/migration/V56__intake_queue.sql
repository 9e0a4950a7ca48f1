-- The intake's durable queue (issue 22): a delivery is acknowledged once its interactions are here, in one
-- transaction; workers on any node then classify each (the interaction row is written, with its embedding, and
-- spike detection sees it: classified_at set) and start its SOP (the queue row is deleted, in the SOP start's
-- transaction). Rows are claimed with SELECT ... FOR UPDATE SKIP LOCKED, so a node that dies mid-work releases
-- them with its connection and another node takes them: nothing lost, nothing started twice.
-- interaction_id is assigned at acceptance, so the receipt names the interaction before it is classified.
create table intake_queue (
    interaction_id  varchar(36)    primary key,
    brand_id        varchar(64)    not null references brand (id),
    channel_id      bigint         not null references channel (id),
    external_id     varchar(200)   not null,
    kind            varchar(16)    not null,
    author_handle   varchar(200)   not null,
    author_name     varchar(200),
    text            varchar(10000) not null,
    in_reply_to     varchar(200),
    priority        varchar(16)    not null,
    occurred_at     timestamp      not null,
    received_at     timestamp      not null,
    classified_at   timestamp,
    -- a row whose work failed is retried with the next pass; after a few failures it is set aside (parked_at),
    -- with its error, for an admin, so one poisonous row cannot hold up the queue
    attempts        integer        default 0 not null,
    last_error      varchar(2000),
    parked_at       timestamp,
    constraint intake_queue_external_unique unique (channel_id, external_id)
);
-- the workers' order: oldest first, unclassified before classified, parked rows left out
create index intake_queue_work on intake_queue (parked_at, classified_at, received_at);

-- when the interaction's SOP started (null for interactions that arrived before the queue existed: they started
-- at receipt)
alter table interaction add column sop_started_at timestamp;
