-- A channel's intake backlog (IntakeBacklog: count and oldest received_at of its rows not set aside, read about once
-- a second per node for every channel that delivers, and on the admins' Intake backlog screen) read from an index
-- instead of the channel's rows: at 50 000 rows waiting, EXPLAIN on PostgreSQL shows an index(-only) scan of this one
-- for it, and the workers' claim (parked_at, classified_at, received_at order, FOR UPDATE SKIP LOCKED) still uses
-- intake_queue_work (IntakeBacklogBenchmark prints both plans and the timings with and without it).
create index intake_queue_channel on intake_queue (channel_id, parked_at, received_at);
