-- A brand's own SLA targets per interaction category (owned by the inbox module). interaction-routing.dmn reads the
-- brand's row for the interaction's category where there is one; a category without a row keeps the shipped table.
create table sla_target (
    brand_id               varchar(64) not null references brand (id),
    category               varchar(16) not null,
    first_response_minutes int         not null,
    business_hours_only    boolean     not null,
    primary key (brand_id, category)
);
