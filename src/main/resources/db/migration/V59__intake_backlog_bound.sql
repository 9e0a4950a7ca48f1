-- Back-pressure on the intake (issue 22): a channel whose intake_queue backlog (V56) is at its bound has its
-- deliveries refused with 429 until the workers drain it. The bound is engineroom.inbox.intake.max-backlog-per-channel
-- unless an admin set one for the channel here (a quieter account that should never pile up, or a test's channel).
create table intake_backlog_bound (
    channel_id   bigint    primary key references channel (id),
    max_backlog  integer   not null check (max_backlog > 0),
    set_by       varchar(64) not null,
    set_at       timestamp not null
);
