-- Several nodes on one database (base module).
-- ShedLock's lock table: one row per scheduled task that runs on one node at a time (OneNodeAtATime). lock_until is
-- the database's time (ShedLock's usingDbTime), so nodes whose clocks differ still agree on when a lock ends.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- A change stamp per in-memory cache of database state (CacheStamps): a node that changes what a cache holds bumps
-- the cache's version in the same transaction; every node reads the stamps every 2 s and drops what changed.
create table cache_stamp (
    name    varchar(64) not null primary key,
    version bigint      not null
);
insert into cache_stamp (name, version) values ('brand-retention', 0);
insert into cache_stamp (name, version) values ('classifier-heads', 0);
