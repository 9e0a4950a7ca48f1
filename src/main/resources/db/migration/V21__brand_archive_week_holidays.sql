-- Brands are archived, never deleted: an archived brand keeps its records and history, is hidden from choosers for
-- new work and its timers create no work. Null: active.
alter table brand add column archived_at timestamp;
alter table brand add column archived_by varchar(255);

-- Business hours per weekday: a row per open day (a day without a row is closed). Until now every business day had
-- the same hours: each becomes a row with those hours, so the meaning stays the same.
create table brand_business_day (
    brand_id    varchar(64) not null references brand (id),
    day_of_week varchar(9)  not null,
    opens       time        not null,
    closes      time        not null,
    primary key (brand_id, day_of_week),
    constraint brand_business_day_order check (opens < closes)
);

insert into brand_business_day (brand_id, day_of_week, opens, closes)
    select id, 'MONDAY', business_opens, business_closes from brand where business_days like '%MON%';
insert into brand_business_day (brand_id, day_of_week, opens, closes)
    select id, 'TUESDAY', business_opens, business_closes from brand where business_days like '%TUE%';
insert into brand_business_day (brand_id, day_of_week, opens, closes)
    select id, 'WEDNESDAY', business_opens, business_closes from brand where business_days like '%WED%';
insert into brand_business_day (brand_id, day_of_week, opens, closes)
    select id, 'THURSDAY', business_opens, business_closes from brand where business_days like '%THU%';
insert into brand_business_day (brand_id, day_of_week, opens, closes)
    select id, 'FRIDAY', business_opens, business_closes from brand where business_days like '%FRI%';
insert into brand_business_day (brand_id, day_of_week, opens, closes)
    select id, 'SATURDAY', business_opens, business_closes from brand where business_days like '%SAT%';
insert into brand_business_day (brand_id, day_of_week, opens, closes)
    select id, 'SUNDAY', business_opens, business_closes from brand where business_days like '%SUN%';

alter table brand drop column business_days;
alter table brand drop column business_opens;
alter table brand drop column business_closes;

-- Days a brand's team does not work at all, whatever the weekday.
create table brand_holiday (
    brand_id varchar(64) not null references brand (id),
    holiday  date        not null,
    primary key (brand_id, holiday)
);
