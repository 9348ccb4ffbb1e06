-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Add the columns "time_zone" and "phone_region" to "spaces" (hand-edited: Atlas rebuilds the
-- table, whose DROP breaks the references to it inside the migration's transaction, where
-- "PRAGMA foreign_keys = off" does nothing)
ALTER TABLE `spaces` ADD COLUMN `time_zone` text NOT NULL DEFAULT ('Europe/Paris');
ALTER TABLE `spaces` ADD COLUMN `phone_region` text NOT NULL DEFAULT ('FR');
-- Create "onboarding_registrations" table
CREATE TABLE `onboarding_registrations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `session_id` integer NOT NULL, `program_id` integer NOT NULL, `organization_id` integer NOT NULL, `registered_by` integer NOT NULL, `created_at` datetime NOT NULL);
-- Set sequence for "onboarding_registrations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("onboarding_registrations", 137438953472);
-- Create index "onboardingregistration_session_id_program_id" to table: "onboarding_registrations"
CREATE UNIQUE INDEX `onboardingregistration_session_id_program_id` ON `onboarding_registrations` (`session_id`, `program_id`);
-- Create index "onboardingregistration_organization_id" to table: "onboarding_registrations"
CREATE INDEX `onboardingregistration_organization_id` ON `onboarding_registrations` (`organization_id`);
-- Create "onboarding_sessions" table
CREATE TABLE `onboarding_sessions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `starts_at` datetime NOT NULL, `language` text NOT NULL, `capacity` integer NOT NULL, `seats_taken` integer NOT NULL DEFAULT (0), `created_at` datetime NOT NULL);
-- Set sequence for "onboarding_sessions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("onboarding_sessions", 141733920768);
-- Create index "onboardingsession_space_id_starts_at" to table: "onboarding_sessions"
CREATE INDEX `onboardingsession_space_id_starts_at` ON `onboarding_sessions` (`space_id`, `starts_at`);
-- Create "organizations" table
CREATE TABLE `organizations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `name` text NOT NULL, `city` text NULL, `website` text NULL, `created_by` integer NOT NULL, `created_at` datetime NOT NULL);
-- Set sequence for "organizations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("organizations", 146028888064);
-- Create index "organization_space_id_created_at" to table: "organizations"
CREATE INDEX `organization_space_id_created_at` ON `organizations` (`space_id`, `created_at`);
-- Create "platform_access_requests" table
CREATE TABLE `platform_access_requests` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `organization_id` integer NOT NULL, `program_id` integer NOT NULL, `program_title` text NOT NULL, `admin_first_name` text NOT NULL, `admin_last_name` text NOT NULL, `admin_phone` text NOT NULL, `admin_email` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `terms_accepted_at` datetime NOT NULL, `logo_sha256` text NULL, `logo_content_type` text NULL, `logo_300_sha256` text NULL, `locale` text NOT NULL, `invitation_hash` text NULL, `invitation_expires_at` datetime NOT NULL, `open_organization_id` integer NULL, `requested_by` integer NOT NULL, `admin_account_id` integer NULL, `created_at` datetime NOT NULL, `completed_at` datetime NULL, `cancelled_at` datetime NULL, `cancelled_by` integer NULL);
-- Set sequence for "platform_access_requests" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("platform_access_requests", 150323855360);
-- Create index "platform_access_requests_invitation_hash_key" to table: "platform_access_requests"
CREATE UNIQUE INDEX `platform_access_requests_invitation_hash_key` ON `platform_access_requests` (`invitation_hash`);
-- Create index "platformaccessrequest_one_open_per_organization" to table: "platform_access_requests"
CREATE UNIQUE INDEX `platformaccessrequest_one_open_per_organization` ON `platform_access_requests` (`open_organization_id`);
-- Create index "platformaccessrequest_organization_id_created_at" to table: "platform_access_requests"
CREATE INDEX `platformaccessrequest_organization_id_created_at` ON `platform_access_requests` (`organization_id`, `created_at`);
-- Create "programs" table
CREATE TABLE `programs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `title_fr` text NOT NULL DEFAULT (''), `title_en` text NOT NULL DEFAULT (''), `response_level` integer NOT NULL, `contact_email` text NOT NULL, `contact_name` text NOT NULL DEFAULT (''), `status` text NOT NULL DEFAULT ('PENDING'), `rejection_reason` text NOT NULL DEFAULT (''), `decided_at` datetime NULL, `decided_by` integer NULL, `created_by` integer NOT NULL, `created_at` datetime NOT NULL, `organization_id` integer NOT NULL, CONSTRAINT `programs_organizations_programs` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "programs" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("programs", 154618822656);
-- Create index "program_space_id_created_at" to table: "programs"
CREATE INDEX `program_space_id_created_at` ON `programs` (`space_id`, `created_at`);
-- Create index "program_organization_id" to table: "programs"
CREATE INDEX `program_organization_id` ON `programs` (`organization_id`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
