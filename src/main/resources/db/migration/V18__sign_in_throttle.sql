-- Failed sign-ins (see identity.signin.SignInThrottle), counted per account (address ''), per client address
-- (account '') and per account from one address, in the database so that every node and a restart see the same
-- counts. Times are epoch milliseconds: the same instant on every node, whatever its time zone. A count is deleted
-- when its account signs in or an admin unlocks it, and ages out after a quiet hour.
create table sign_in_failure (
    account          varchar(255)  not null,
    address          varchar(64)   not null,
    failures         integer       not null,
    last_failure_at  bigint        not null,
    blocked_until    bigint,
    primary key (account, address)
);
create index sign_in_failure_last on sign_in_failure (last_failure_at);

-- Addresses an account signed in from: the account-wide delay an attacker causes does not hold its owner back there.
create table sign_in_known_address (
    account          varchar(255)  not null,
    address          varchar(64)   not null,
    last_success_at  bigint        not null,
    primary key (account, address)
);
