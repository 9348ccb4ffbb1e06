-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_category_translations" table
CREATE TABLE `new_category_translations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `locale` text NOT NULL, `source_hash` text NULL, `space_id` integer NOT NULL, `slug` text NOT NULL, `title` text NOT NULL, `description` text NOT NULL DEFAULT (''), `category_id` integer NOT NULL, CONSTRAINT `category_translations_categories_translations` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE NO ACTION);
-- Set sequence for "new_category_translations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_category_translations", 4294967296);
-- Copy rows from old table "category_translations" to new temporary table "new_category_translations"
-- (edited: each translation takes its category's space)
INSERT INTO `new_category_translations` (`id`, `locale`, `source_hash`, `space_id`, `slug`, `title`, `description`, `category_id`) SELECT ct.`id`, ct.`locale`, ct.`source_hash`, c.`space_id`, ct.`slug`, ct.`title`, ct.`description`, ct.`category_id` FROM `category_translations` AS ct JOIN `categories` AS c ON c.`id` = ct.`category_id`;
-- Drop "category_translations" table after copying rows
DROP TABLE `category_translations`;
-- Rename temporary table "new_category_translations" to "category_translations"
ALTER TABLE `new_category_translations` RENAME TO `category_translations`;
-- Create index "categorytranslation_category_id_locale" to table: "category_translations"
CREATE UNIQUE INDEX `categorytranslation_category_id_locale` ON `category_translations` (`category_id`, `locale`);
-- Create index "categorytranslation_space_id_locale_slug" to table: "category_translations"
CREATE UNIQUE INDEX `categorytranslation_space_id_locale_slug` ON `category_translations` (`space_id`, `locale`, `slug`);
-- Create "new_resource_translations" table
CREATE TABLE `new_resource_translations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `locale` text NOT NULL, `source_hash` text NULL, `published` bool NOT NULL DEFAULT (false), `revision` integer NOT NULL DEFAULT (0), `published_at` datetime NULL, `published_by` text NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `title` text NOT NULL DEFAULT (''), `description` text NOT NULL DEFAULT (''), `html` text NOT NULL DEFAULT (''), `plain` text NOT NULL DEFAULT (''), `url` text NULL, `draft_title` text NOT NULL DEFAULT (''), `draft_description` text NOT NULL DEFAULT (''), `draft_url` text NOT NULL DEFAULT (''), `draft_version` integer NOT NULL DEFAULT (0), `draft_updated_at` datetime NULL, `draft_updated_by` text NOT NULL DEFAULT (''), `file_id` integer NULL, `draft_file_id` integer NULL, `resource_id` integer NOT NULL, CONSTRAINT `resource_translations_files_resource_translations` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL, CONSTRAINT `resource_translations_files_draft_resource_translations` FOREIGN KEY (`draft_file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL, CONSTRAINT `resource_translations_resources_translations` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE NO ACTION);
-- Set sequence for "new_resource_translations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_resource_translations", 42949672960);
-- Copy rows from old table "resource_translations" to new temporary table "new_resource_translations"
-- (edited: the drafts start as what is published)
INSERT INTO `new_resource_translations` (`id`, `locale`, `source_hash`, `published`, `revision`, `published_at`, `published_by`, `created_at`, `updated_at`, `title`, `description`, `html`, `plain`, `url`, `file_id`, `resource_id`, `draft_title`, `draft_description`, `draft_url`, `draft_file_id`, `draft_version`) SELECT `id`, `locale`, `source_hash`, `published`, `revision`, `published_at`, `published_by`, `created_at`, `updated_at`, `title`, `description`, `html`, `plain`, `url`, `file_id`, `resource_id`, `title`, `description`, COALESCE(`url`, ''), `file_id`, 1 FROM `resource_translations`;
-- Drop "resource_translations" table after copying rows
DROP TABLE `resource_translations`;
-- Rename temporary table "new_resource_translations" to "resource_translations"
ALTER TABLE `new_resource_translations` RENAME TO `resource_translations`;
-- Create index "resourcetranslation_resource_id_locale" to table: "resource_translations"
CREATE UNIQUE INDEX `resourcetranslation_resource_id_locale` ON `resource_translations` (`resource_id`, `locale`);
-- Add column "belt_rules" to table: "spaces"
ALTER TABLE `spaces` ADD COLUMN `belt_rules` json NULL;
-- Add column "cors_origins" to table: "spaces"
ALTER TABLE `spaces` ADD COLUMN `cors_origins` json NULL;
-- Create "belt_requests" table
CREATE TABLE `belt_requests` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `belt` text NOT NULL, `status` text NOT NULL DEFAULT ('OPEN'), `co_optation_count` integer NOT NULL DEFAULT (0), `required` integer NOT NULL, `created_at` datetime NOT NULL, `granted_at` datetime NULL, `candidate_id` integer NOT NULL, CONSTRAINT `belt_requests_accounts_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- Set sequence for "belt_requests" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("belt_requests", 103079215104);
-- Create index "beltrequest_candidate_id_belt" to table: "belt_requests"
CREATE UNIQUE INDEX `beltrequest_candidate_id_belt` ON `belt_requests` (`candidate_id`, `belt`);
-- Create index "beltrequest_space_id_status_created_at" to table: "belt_requests"
CREATE INDEX `beltrequest_space_id_status_created_at` ON `belt_requests` (`space_id`, `status`, `created_at`);
-- Create "co_optations" table
CREATE TABLE `co_optations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `coopter_belt` text NOT NULL, `comment` text NOT NULL DEFAULT (''), `created_at` datetime NOT NULL, `request_id` integer NOT NULL, `coopter_id` integer NOT NULL, CONSTRAINT `co_optations_belt_requests_co_optations` FOREIGN KEY (`request_id`) REFERENCES `belt_requests` (`id`) ON DELETE NO ACTION, CONSTRAINT `co_optations_accounts_coopter` FOREIGN KEY (`coopter_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- Set sequence for "co_optations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("co_optations", 107374182400);
-- Create index "cooptation_request_id_coopter_id" to table: "co_optations"
CREATE UNIQUE INDEX `cooptation_request_id_coopter_id` ON `co_optations` (`request_id`, `coopter_id`);
-- Create "faq_tags" table
CREATE TABLE `faq_tags` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `tag` text NOT NULL, `faq_id` integer NOT NULL, CONSTRAINT `faq_tags_faqs_tags` FOREIGN KEY (`faq_id`) REFERENCES `faqs` (`id`) ON DELETE NO ACTION);
-- Set sequence for "faq_tags" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("faq_tags", 128849018880);
-- Create index "faqtag_faq_id_tag" to table: "faq_tags"
CREATE UNIQUE INDEX `faqtag_faq_id_tag` ON `faq_tags` (`faq_id`, `tag`);
-- Create index "faqtag_space_id_tag" to table: "faq_tags"
CREATE INDEX `faqtag_space_id_tag` ON `faq_tags` (`space_id`, `tag`);
-- Create "guide_tags" table
CREATE TABLE `guide_tags` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `tag` text NOT NULL, `guide_id` integer NOT NULL, CONSTRAINT `guide_tags_guides_tags` FOREIGN KEY (`guide_id`) REFERENCES `guides` (`id`) ON DELETE NO ACTION);
-- Set sequence for "guide_tags" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("guide_tags", 133143986176);
-- Create index "guidetag_guide_id_tag" to table: "guide_tags"
CREATE UNIQUE INDEX `guidetag_guide_id_tag` ON `guide_tags` (`guide_id`, `tag`);
-- Create index "guidetag_space_id_tag" to table: "guide_tags"
CREATE INDEX `guidetag_space_id_tag` ON `guide_tags` (`space_id`, `tag`);
-- Create "resource_revisions" table
CREATE TABLE `resource_revisions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `number` integer NOT NULL, `title` text NOT NULL, `description` text NOT NULL, `url` text NOT NULL DEFAULT (''), `author` text NOT NULL DEFAULT (''), `author_id` integer NULL, `file_id` integer NULL, `translation_id` integer NOT NULL, CONSTRAINT `resource_revisions_files_resource_revisions` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL, CONSTRAINT `resource_revisions_resource_translations_revisions` FOREIGN KEY (`translation_id`) REFERENCES `resource_translations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "resource_revisions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("resource_revisions", 98784247808);
-- Create index "resourcerevision_translation_id_number" to table: "resource_revisions"
CREATE UNIQUE INDEX `resourcerevision_translation_id_number` ON `resource_revisions` (`translation_id`, `number`);
-- Create "trainings" table
CREATE TABLE `trainings` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `title` text NOT NULL, `starts_at` datetime NOT NULL, `ends_at` datetime NOT NULL, `format` text NOT NULL, `language` text NOT NULL, `capacity` integer NOT NULL, `seats_taken` integer NOT NULL DEFAULT (0), `city` text NULL, `created_at` datetime NOT NULL, `trainer_id` integer NOT NULL, CONSTRAINT `trainings_accounts_trainer` FOREIGN KEY (`trainer_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- Set sequence for "trainings" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("trainings", 111669149696);
-- Create index "training_space_id_starts_at" to table: "trainings"
CREATE INDEX `training_space_id_starts_at` ON `trainings` (`space_id`, `starts_at`);
-- Create "training_registrations" table
CREATE TABLE `training_registrations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `confirmed` bool NOT NULL DEFAULT (true), `confirm_hash` text NULL, `confirm_expires_at` datetime NULL, `attended` bool NOT NULL DEFAULT (false), `attended_at` datetime NULL, `created_at` datetime NOT NULL, `training_id` integer NOT NULL, `account_id` integer NOT NULL, CONSTRAINT `training_registrations_trainings_registrations` FOREIGN KEY (`training_id`) REFERENCES `trainings` (`id`) ON DELETE NO ACTION, CONSTRAINT `training_registrations_accounts_account` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- Set sequence for "training_registrations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("training_registrations", 115964116992);
-- Create index "training_registrations_confirm_hash_key" to table: "training_registrations"
CREATE UNIQUE INDEX `training_registrations_confirm_hash_key` ON `training_registrations` (`confirm_hash`);
-- Create index "trainingregistration_training_id_account_id" to table: "training_registrations"
CREATE UNIQUE INDEX `trainingregistration_training_id_account_id` ON `training_registrations` (`training_id`, `account_id`);
-- Create index "trainingregistration_account_id" to table: "training_registrations"
CREATE INDEX `trainingregistration_account_id` ON `training_registrations` (`account_id`);
-- Create "workshops" table
CREATE TABLE `workshops` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `organizer_id` integer NOT NULL, `title` text NOT NULL DEFAULT (''), `starts_at` datetime NOT NULL, `format` text NOT NULL, `language` text NOT NULL, `city` text NULL, `capacity` integer NOT NULL, `kind` text NOT NULL, `status` text NOT NULL DEFAULT ('SCHEDULED'), `seeking_facilitators` bool NOT NULL DEFAULT (false), `participants` integer NULL, `reported_at` datetime NULL, `created_at` datetime NOT NULL);
-- Set sequence for "workshops" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("workshops", 120259084288);
-- Create index "workshop_space_id_status_starts_at" to table: "workshops"
CREATE INDEX `workshop_space_id_status_starts_at` ON `workshops` (`space_id`, `status`, `starts_at`);
-- Create "workshop_facilitators" table
CREATE TABLE `workshop_facilitators` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `organizer` bool NOT NULL DEFAULT (false), `workshop_id` integer NOT NULL, `account_id` integer NOT NULL, CONSTRAINT `workshop_facilitators_workshops_facilitators` FOREIGN KEY (`workshop_id`) REFERENCES `workshops` (`id`) ON DELETE NO ACTION, CONSTRAINT `workshop_facilitators_accounts_account` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- Set sequence for "workshop_facilitators" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("workshop_facilitators", 124554051584);
-- Create index "workshopfacilitator_workshop_id_account_id" to table: "workshop_facilitators"
CREATE UNIQUE INDEX `workshopfacilitator_workshop_id_account_id` ON `workshop_facilitators` (`workshop_id`, `account_id`);
-- Create index "workshopfacilitator_account_id" to table: "workshop_facilitators"
CREATE INDEX `workshopfacilitator_account_id` ON `workshop_facilitators` (`account_id`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
