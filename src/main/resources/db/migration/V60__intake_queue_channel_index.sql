-- A channel's intake backlog (IntakeBacklog: count and oldest received_at of its rows not set aside, read about once
-- a second per node for every channel that delivers, and on the admins' Intake backlog screen) read from an index:
-- at 50 000 rows waiting, EXPLAIN on PostgreSQL shows an index-only scan of this one for it, in a burst and vacuumed,
-- and a reading's p95 about a quarter to a half of what it was (IntakeBacklogBenchmark, which also times a delivery
-- of 50 with and without it: no difference beyond the noise). The workers' claims plan as they did without it.
create index intake_queue_channel on intake_queue (channel_id, parked_at, received_at);
