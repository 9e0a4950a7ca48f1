-- The Inbox's interaction filters at 100 000 open tasks (see the README's Performance section).
-- A rare filter (a sales lead in a hundred) reads the admitted interactions first and looks their tasks up by
-- business key, instead of testing every task of the queue against the filter: the task inbox's own index.
create index inbox_item_business_key on inbox_item (business_key);
-- The inbox module's facets, each with the id, so counting the admitted interactions and testing a task against
-- a frequent filter (a third are negative) read the index alone, not the rows. Channels have the index of the
-- unique (channel_id, external_id), states interaction_waiting (V54).
create index interaction_category on interaction (category, id);
create index interaction_sentiment on interaction (sentiment, id);
