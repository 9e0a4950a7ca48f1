-- The inbox's metrics (engineroom_inbox_backlog, engineroom_inbox_oldest_wait_seconds) count the interactions waiting
-- for a first response per brand and the oldest of them at every scrape: from this index, never the whole table.
create index interaction_waiting on interaction (state, brand_id, received_at);
