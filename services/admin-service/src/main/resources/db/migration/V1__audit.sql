-- Every operator action made through the console: who, what, when, and the thing before and after. Rows are only
-- ever inserted.
create table audit_entry (
    id          uuid primary key,
    at          timestamptz not null,
    actor_id    text not null,
    action      text not null,
    target_type text not null,
    target_id   text not null,
    outcome     int not null,
    before      jsonb,
    after       jsonb,
    request_id  text
);

create index audit_entry_at on audit_entry (at desc);
create index audit_entry_actor on audit_entry (actor_id, at desc);
create index audit_entry_target on audit_entry (target_type, target_id, at desc);
