-- How a channel proves who it is when it delivers interactions to POST /api/interactions: an API token, of which
-- only the SHA-256 is kept (the token itself is shown once, when issued), and/or an HMAC-SHA256 signing secret,
-- kept as it is because verifying a signature needs it.
create table intake_credential (
    channel_id      bigint       primary key references channel (id),
    token_hash      varchar(64),
    signing_secret  varchar(200),
    updated_at      timestamp    not null
);

-- Signatures already used within the replay window: a signature authenticates one delivery once. Rows older than
-- the window are deleted as new ones arrive.
create table intake_signature_seen (
    signature   varchar(64)  primary key,
    channel_id  bigint       not null,
    seen_at     timestamp    not null
);
create index intake_signature_seen_at on intake_signature_seen (seen_at);

-- The newest Mastodon notification id read per channel: the next poll asks only for newer ones.
create table mastodon_mention_cursor (
    channel_id  bigint       primary key references channel (id),
    last_id     varchar(64)  not null,
    polled_at   timestamp    not null
);
