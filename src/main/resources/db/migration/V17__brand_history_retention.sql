-- How many days a brand's finished process history is kept; null keeps each SOP's own historyTimeToLive.
alter table brand add column history_retention_days integer;
