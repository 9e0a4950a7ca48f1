-- The crisis SOP's hold on an incident: its process instance, the assessment, the resolution.
alter table incident add column process_instance_id varchar(64);
alter table incident add column scenario varchar(32);
alter table incident add column assessed_by varchar(255);
alter table incident add column assessed_at timestamp;
alter table incident add column resolved_by varchar(255);
alter table incident add column resolution varchar(2000);

-- Who is on call for a brand's crises out of business hours: the notification chain starts with them.
create table crisis_on_call (
    brand_id  varchar(64)  not null primary key references brand (id),
    user_id   varchar(255) not null,
    set_by    varchar(255) not null,
    set_at    timestamp    not null
);
