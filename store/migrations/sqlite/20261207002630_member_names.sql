-- Each membership's display name and belt, copied from its account by triggers
-- (…_member_names_triggers.sql), and the index that holds every column the group's page reads.
-- The columns are added, not the table rebuilt: a rebuild would drop the triggers on
-- local_group_members.
ALTER TABLE `local_group_members` ADD COLUMN `display_name` text NOT NULL DEFAULT ('');
ALTER TABLE `local_group_members` ADD COLUMN `belt_rank` integer NOT NULL DEFAULT (0);
CREATE INDEX `local_group_member_page` ON `local_group_members` (`group_id`, `joined_at`, `id`, `account_id`, `display_name`, `belt_rank`, `coordinator`);
