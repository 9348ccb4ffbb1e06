-- A group's coordinators read from an index that holds every column the group's page reads,
-- as its members are (local_group_member_page).
CREATE INDEX "local_group_coordinator_page" ON "local_group_members" ("group_id", "coordinator", "joined_at", "id", "account_id", "display_name", "belt_rank");
-- Drop index "localgroupmember_group_id_coordinator_joined_at" (its columns begin local_group_coordinator_page)
DROP INDEX "localgroupmember_group_id_coordinator_joined_at";
