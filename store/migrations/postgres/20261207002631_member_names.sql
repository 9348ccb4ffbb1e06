-- Each membership's display name and belt, copied from its account by triggers
-- (…_member_names_triggers.sql), and the index that holds every column the group's page reads.
ALTER TABLE "local_group_members" ADD COLUMN "display_name" character varying NOT NULL DEFAULT '', ADD COLUMN "belt_rank" bigint NOT NULL DEFAULT 0;
CREATE INDEX "local_group_member_page" ON "local_group_members" ("group_id", "joined_at", "id", "account_id", "display_name", "belt_rank", "coordinator");
