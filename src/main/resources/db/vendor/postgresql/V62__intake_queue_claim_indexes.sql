-- The intake workers' claims, oldest first, read from an index in order: "parked_at is null and classified_at is
-- [not] null order by received_at" cannot take its order from intake_queue_work (PostgreSQL does not treat IS NULL
-- as fixing an index column), so with 20 000 rows queued every claim of 20 read and sorted all of them. A partial
-- index per stage hands out the oldest rows directly. PostgreSQL only: H2 has no partial indexes, and the embedded
-- default never queues that much.
create index intake_queue_to_classify on intake_queue (received_at) where parked_at is null and classified_at is null;
create index intake_queue_to_start on intake_queue (received_at) where parked_at is null and classified_at is not null;
