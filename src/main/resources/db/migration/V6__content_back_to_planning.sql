-- An item whose publish time passed before approval goes back to planning, with the reason on record.
alter table content_item add column returned_reason varchar(2000);
alter table content_item add column returned_at timestamp;
