-- Create "local_groups" table
CREATE TABLE `local_groups` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `key` text NULL, `name_fr` text NOT NULL DEFAULT (''), `name_en` text NOT NULL DEFAULT (''), `description_fr` text NOT NULL DEFAULT (''), `description_en` text NOT NULL DEFAULT (''), `city` text NOT NULL DEFAULT (''), `region` text NOT NULL DEFAULT (''), `source_hash` text NULL, `created_at` datetime NOT NULL);
-- Set sequence for "local_groups" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("local_groups", 171798691840);
-- Create index "localgroup_space_id_city" to table: "local_groups"
CREATE INDEX `localgroup_space_id_city` ON `local_groups` (`space_id`, `city`);
-- Create index "localgroup_space_id_key" to table: "local_groups"
CREATE UNIQUE INDEX `localgroup_space_id_key` ON `local_groups` (`space_id`, `key`);
-- Create "local_group_members" table
CREATE TABLE `local_group_members` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `coordinator` bool NOT NULL DEFAULT (false), `joined_at` datetime NOT NULL, `group_id` integer NOT NULL, `account_id` integer NOT NULL, CONSTRAINT `local_group_members_local_groups_members` FOREIGN KEY (`group_id`) REFERENCES `local_groups` (`id`) ON DELETE NO ACTION, CONSTRAINT `local_group_members_accounts_account` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- Set sequence for "local_group_members" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("local_group_members", 176093659136);
-- Create index "localgroupmember_group_id_account_id" to table: "local_group_members"
CREATE UNIQUE INDEX `localgroupmember_group_id_account_id` ON `local_group_members` (`group_id`, `account_id`);
-- Create index "localgroupmember_group_id_coordinator_joined_at" to table: "local_group_members"
CREATE INDEX `localgroupmember_group_id_coordinator_joined_at` ON `local_group_members` (`group_id`, `coordinator`, `joined_at`);
-- Create index "localgroupmember_group_id_joined_at" to table: "local_group_members"
CREATE INDEX `localgroupmember_group_id_joined_at` ON `local_group_members` (`group_id`, `joined_at`);
-- Create index "localgroupmember_account_id" to table: "local_group_members"
CREATE INDEX `localgroupmember_account_id` ON `local_group_members` (`account_id`);
