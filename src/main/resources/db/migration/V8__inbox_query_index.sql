-- "My work" reads open tasks soonest due first and stops after one page: this index gives that order, so a
-- page costs about a page of rows instead of a sort of every task in the person's brands (see the README's
-- Performance section). Ascending b-tree indexes keep nulls last in PostgreSQL, as the query orders them.
create index inbox_item_due on inbox_item (due_at, created_at, task_id);
