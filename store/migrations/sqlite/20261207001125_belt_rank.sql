-- Each account's highest belt in its space's domain, kept by triggers (…_belt_rank_triggers.sql).
-- The column is added, not the table rebuilt: a rebuild would drop the triggers on accounts.
ALTER TABLE `accounts` ADD COLUMN `belt_rank` integer NOT NULL DEFAULT (0);
