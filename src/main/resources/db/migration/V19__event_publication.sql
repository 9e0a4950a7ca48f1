-- Spring Modulith's event publication registry (JPA, spring-modulith-events-jpa): one row per event and listener
-- that must hear it, written in the transaction that published the event, completed when the listener has run. A
-- row left without completion_date is a reaction that failed (or was cut off by a shutdown); it is sent again when
-- the application restarts (spring.modulith.events.republish-outstanding-events-on-restart). The columns are what
-- the registry's entity maps (Hibernate validates them at start-up); one script for H2 and PostgreSQL: varchar
-- without a length is unbounded on PostgreSQL and up to 1 000 000 characters on H2, enough for an event's JSON.
create table event_publication (
    id                uuid                     not null primary key,
    listener_id       varchar(1000)            not null,
    event_type        varchar(1000)            not null,
    serialized_event  varchar                  not null,
    publication_date  timestamp with time zone not null,
    completion_date   timestamp with time zone
);
-- the registry looks for incomplete publications (completion_date is null) at start-up and when resubmitting
create index event_publication_incomplete on event_publication (completion_date, publication_date);
