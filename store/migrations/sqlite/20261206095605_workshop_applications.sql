-- Add "co_facilitator_count" to "workshops" in place: rebuilding the table would drop its
-- triggers (…_community_counts.sql).
ALTER TABLE `workshops` ADD COLUMN `co_facilitator_count` integer NOT NULL DEFAULT (0);
-- The co-facilitators of the workshops already there, counted once.
UPDATE `workshops` SET `co_facilitator_count` = (SELECT count(*) FROM `workshop_facilitators` AS f
	WHERE f.workshop_id = `workshops`.id AND NOT f.organizer);
-- Create "workshop_applications" table
CREATE TABLE `workshop_applications` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `message` text NOT NULL DEFAULT (''), `status` text NOT NULL DEFAULT ('PENDING'), `created_at` datetime NOT NULL, `decided_at` datetime NULL, `workshop_id` integer NOT NULL, `applicant_id` integer NOT NULL, CONSTRAINT `workshop_applications_workshops_workshop` FOREIGN KEY (`workshop_id`) REFERENCES `workshops` (`id`) ON DELETE NO ACTION, CONSTRAINT `workshop_applications_accounts_applicant` FOREIGN KEY (`applicant_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- Set sequence for "workshop_applications" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("workshop_applications", 167503724544);
-- Create index "workshopapplication_workshop_id_applicant_id" to table: "workshop_applications"
CREATE UNIQUE INDEX `workshopapplication_workshop_id_applicant_id` ON `workshop_applications` (`workshop_id`, `applicant_id`);
-- Create index "workshopapplication_applicant_id" to table: "workshop_applications"
CREATE INDEX `workshopapplication_applicant_id` ON `workshop_applications` (`applicant_id`);
