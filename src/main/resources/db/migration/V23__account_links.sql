-- One-time links to choose a password (identity.AccountLinks): an invitation, or a password reset. Only a SHA-256
-- hash of the token is kept, so someone who reads this table cannot use a link that is still open. A link ends
-- when it is used, when a newer link of the same kind replaces it, or when it expires. Times are epoch
-- milliseconds: the same instant on every node, whatever its time zone.
create table account_link (
    token_hash   varchar(64)   primary key,
    user_id      varchar(255)  not null,
    purpose      varchar(20)   not null,
    created_by   varchar(255)  not null,
    created_at   bigint        not null,
    expires_at   bigint        not null,
    used_at      bigint,
    replaced_at  bigint
);
create index account_link_user on account_link (user_id, purpose);
