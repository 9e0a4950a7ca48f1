-- Images and videos served without sign-in for a while, for platforms that fetch a post's media from a public
-- address instead of taking an upload (Instagram's Graph API). The token in the address is random and only its
-- SHA-256 is kept, so the table does not hold working addresses; rows past expires_at are refused and deleted.
create table public_media (
    token_sha256 varchar(64)   not null primary key,
    content_type varchar(200)  not null,
    file_name    varchar(300)  not null,
    data         bytea         not null,
    created_at   timestamp     not null,
    expires_at   timestamp     not null
);
create index public_media_expires on public_media (expires_at);
