-- An action point agreed at a meeting may fall to another OSCE operation that took part (Skopje's action points
-- for the Presence in Albania): it stays the recording operation's record, owned by the other operation.
alter table action_point add column owner_operation_id uuid references field_operation (id);
alter table action_point add constraint action_point_one_owner
    check (owner_operation_id is null or owner_organisation_id is null);
alter table action_point add constraint action_point_owner_not_itself
    check (owner_operation_id is null or owner_operation_id <> operation_id);
