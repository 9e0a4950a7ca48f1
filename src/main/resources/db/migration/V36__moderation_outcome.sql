-- What came of a moderation on the platform (APPLIED, BY_HAND, FAILED) with the platform's detail or the
-- instruction for the person, and who did it by hand (the "Moderate by hand" task) and when.
alter table interaction add column moderation_outcome varchar(16);
alter table interaction add column moderation_detail varchar(2000);
alter table interaction add column moderation_done_by varchar(255);
alter table interaction add column moderation_done_at timestamp;
alter table interaction add column moderation_done_note varchar(2000);
