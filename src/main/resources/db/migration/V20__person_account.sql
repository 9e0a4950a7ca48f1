-- What Engine Room keeps about a person beside Camunda's identity store (which has no such fields): whether they
-- were deactivated (they keep their history but can no longer sign in, by password or single sign-on), whether
-- they must choose a new password at their next sign-in, and where their notices go if not to their e-mail.
-- No row: an active person with nothing special.
create table person_account (
    user_id                   varchar(255)  primary key,
    deactivated_at            timestamp,
    deactivated_by            varchar(255),
    password_change_required  boolean       not null default false,
    notification_address      varchar(320)
);
