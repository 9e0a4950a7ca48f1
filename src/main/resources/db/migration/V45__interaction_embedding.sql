-- What each interaction means, as the sentence model's 384 floats (little-endian float32, 1 536 bytes: bytea is
-- PostgreSQL's byte string and H2's alias for binary varying, so one migration serves both). "Answered before" on
-- the Respond task compares a new interaction with the brand's answered ones by these. model names the model that
-- made the row: a row of another model is not compared, and is replaced when the interaction is embedded again.
-- brand_id is the interaction's, kept here so a row can never be read for another brand by mistake.
create table interaction_embedding (
    interaction_id varchar(36)  not null primary key references interaction (id),
    brand_id       varchar(64)  not null references brand (id),
    model          varchar(100) not null,
    embedding      bytea        not null,
    created_at     timestamp    not null
);
