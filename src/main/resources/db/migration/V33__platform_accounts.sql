-- A channel connected to its platform's API with an account Engine Room signs in to itself (Bluesky, X, LinkedIn,
-- Facebook, Instagram): the platform's id of the account (a DID, a user id, an organisation or page id), the
-- refresh token beside the access token, when the access token expires, and whether the platform still takes it.
-- Tokens are long (JWTs) and stored sealed, so the columns are wide.
alter table channel alter column access_token set data type varchar(8000);
alter table channel add column account_id varchar(300);
alter table channel add column refresh_token varchar(8000);
alter table channel add column token_expires_at timestamp;
-- ACTIVE, or REFUSED once the platform refused a refresh (a person must connect the channel again)
alter table channel add column token_state varchar(20);
alter table channel add column token_problem varchar(1000);
alter table channel add column token_refreshed_at timestamp;

-- Where a channel's polling of one stream of its platform (mentions, comments, notifications, direct messages)
-- stopped: the platform's cursor, moved only after the page it ends is stored, so a restart reads on from there.
create table listening_cursor (
    channel_id   bigint        not null,
    stream       varchar(60)   not null,
    cursor_value varchar(2000) not null,
    polled_at    timestamp     not null,
    primary key (channel_id, stream)
);
