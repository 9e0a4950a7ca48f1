-- When a suggestion may be removed, as for the Camunda history of its task: set when the task's root process
-- instance ends, to that instance's removal time (its brand's retention counted from the end, or the SOP's own
-- historyTimeToLive); null while the instance runs. The history cleanup removes the rows past it.
alter table ai_suggestion add column removal_time timestamp;
create index ai_suggestion_removal_time on ai_suggestion (removal_time);
