-- Per person: the time zone their daily digest goes out in (08:00 there; empty: the time zone of their first brand,
-- else UTC) and the local day of the last digest sent. Sending a digest first moves last_digest_on to today with a
-- conditional update, so of two nodes only one sends it and a person gets at most one digest a day.
create table notice_person_setting (
    user_id         varchar(255) primary key,
    time_zone       varchar(64),
    last_digest_on  date
);
