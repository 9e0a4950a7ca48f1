-- A person sent to a platform to allow Engine Room to act for an account (OAuth 2.0 authorization code flow):
-- what the callback needs to finish it. The state is random and single-use, the PKCE code verifier never leaves
-- the server, and the row names who started it (only they may finish it) and for which brand. A row is good for
-- 10 minutes; afterwards it keeps the outcome the Channels screen shows the person who started it.
create table oauth_authorization (
    state           varchar(100)  not null primary key,
    brand_id        varchar(64)   not null,
    connector       varchar(20)   not null,
    code_verifier   varchar(200),
    redirect_uri    varchar(2000) not null,
    user_id         varchar(100)  not null,
    main_channel    boolean       not null,
    created_at      timestamp     not null,
    used_at         timestamp,
    channel_id      bigint,
    outcome         varchar(1000)
);
create index oauth_authorization_created on oauth_authorization (created_at);
