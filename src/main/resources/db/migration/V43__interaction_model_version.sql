-- The model that classified an interaction, kept through corrections (classified_by takes the corrector's id).
alter table interaction add column model_version varchar(64);

-- Until now classified_by held the model's name until a person corrected the interaction, and every correction
-- that changed something left a classification_correction row: without one, classified_by is still the model.
-- Corrected rows keep no trace of their model and stay null.
update interaction set model_version = classified_by
 where not exists (select 1 from classification_correction c where c.interaction_id = interaction.id);

-- Corrections are labelled examples for retraining, read by time (ClassificationExamples.corrected(since)) and per
-- interaction.
create index classification_correction_at on classification_correction (corrected_at);
create index classification_correction_interaction on classification_correction (interaction_id, field);
