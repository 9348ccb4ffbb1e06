-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_accounts" table
CREATE TABLE `new_accounts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `email_key` text NOT NULL, `first_name` text NOT NULL DEFAULT (''), `last_name` text NOT NULL DEFAULT (''), `phone` text NULL, `locale` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING_ACTIVATION'), `password_hash` text NULL, `password_reset_required` bool NOT NULL DEFAULT (false), `password_changed_at` datetime NULL, `rejection_reason` text NULL, `activated_at` datetime NULL, `decided_at` datetime NULL, `decided_by` integer NULL, `directory_listed` bool NOT NULL DEFAULT (false), `space_id` integer NOT NULL, CONSTRAINT `accounts_spaces_accounts` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE NO ACTION);
-- Set sequence for "new_accounts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_accounts", 51539607552);
-- Copy rows from old table "accounts" to new temporary table "new_accounts"
INSERT INTO `new_accounts` (`id`, `created_at`, `updated_at`, `email`, `email_key`, `first_name`, `last_name`, `phone`, `locale`, `status`, `password_hash`, `password_reset_required`, `password_changed_at`, `rejection_reason`, `activated_at`, `decided_at`, `decided_by`, `space_id`) SELECT `id`, `created_at`, `updated_at`, `email`, `email_key`, `first_name`, `last_name`, `phone`, `locale`, `status`, `password_hash`, `password_reset_required`, `password_changed_at`, `rejection_reason`, `activated_at`, `decided_at`, `decided_by`, `space_id` FROM `accounts`;
-- Drop "accounts" table after copying rows
DROP TABLE `accounts`;
-- Rename temporary table "new_accounts" to "accounts"
ALTER TABLE `new_accounts` RENAME TO `accounts`;
-- Create index "account_space_id_email_key" to table: "accounts"
CREATE UNIQUE INDEX `account_space_id_email_key` ON `accounts` (`space_id`, `email_key`);
-- Create index "account_space_id_status_created_at" to table: "accounts"
CREATE INDEX `account_space_id_status_created_at` ON `accounts` (`space_id`, `status`, `created_at`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
