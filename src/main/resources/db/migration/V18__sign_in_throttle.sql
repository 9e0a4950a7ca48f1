-- Failed sign-ins, counted per account and per client address, so that every node and a restart see the same count
-- (see identity.signin.SignInThrottle). Times are epoch milliseconds: the same instant on every node, whatever its
-- time zone. A row is deleted when its account signs in or an admin unlocks it, and ages out after a quiet hour.
create table sign_in_throttle (
    subject_kind     varchar(8)    not null,
    subject          varchar(255)  not null,
    failures         integer       not null,
    last_failure_at  bigint        not null,
    blocked_until    bigint,
    primary key (subject_kind, subject)
);
create index sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);
