-- A channel can be switched off without losing its history: a disabled channel is not offered for new content,
-- not published to, not polled, and its deliveries to the intake API are refused.
alter table channel add column enabled boolean default true not null;

-- When a channel's intake credential last authenticated a delivery (recorded at most once a minute).
alter table intake_credential add column last_used_at timestamp;
