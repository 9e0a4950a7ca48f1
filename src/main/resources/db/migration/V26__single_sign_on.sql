-- People who sign in with single sign-on (OpenID Connect): which Engine Room user a provider's person is. The link
-- is made at their first sign-in and is by the provider's issuer and subject, never by a name in the token, so a
-- token naming an existing local account (such as 'admin') can never sign in as it.
create table sso_account (
    user_id            varchar(64)    primary key,
    issuer             varchar(1000)  not null,
    subject            varchar(255)   not null,
    linked_at          timestamp      not null,
    last_signed_in_at  timestamp      not null,
    constraint sso_account_identity unique (issuer, subject)
);
