-- The language the intake found in an interaction's text (ISO 639-1, e.g. 'es'); null where the text was too short
-- to tell, and on interactions from before detection. Interactions in a language the models do not read have the
-- category UNCLASSIFIED, which interaction-routing.dmn gives to a person.
alter table interaction add column language varchar(16);
