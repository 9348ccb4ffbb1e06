-- Add the column "directory_listed" to "accounts" (hand-edited: Atlas rebuilds the table, whose
-- DROP breaks the references of tokens and roles inside the migration's transaction, where
-- "PRAGMA foreign_keys = off" does nothing)
ALTER TABLE `accounts` ADD COLUMN `directory_listed` bool NOT NULL DEFAULT (false);
