-- Create "accounts" table
CREATE TABLE `accounts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `email` text NOT NULL, `email_key` text NOT NULL, `first_name` text NOT NULL DEFAULT (''), `last_name` text NOT NULL DEFAULT (''), `phone` text NULL, `locale` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING_ACTIVATION'), `password_hash` text NULL, `password_reset_required` bool NOT NULL DEFAULT (false), `password_changed_at` datetime NULL, `rejection_reason` text NULL, `activated_at` datetime NULL, `decided_at` datetime NULL, `decided_by` integer NULL, `space_id` integer NOT NULL, CONSTRAINT `accounts_spaces_accounts` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE NO ACTION);
-- Set sequence for "accounts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("accounts", 51539607552);
-- Create index "account_space_id_email_key" to table: "accounts"
CREATE UNIQUE INDEX `account_space_id_email_key` ON `accounts` (`space_id`, `email_key`);
-- Create index "account_space_id_status_created_at" to table: "accounts"
CREATE INDEX `account_space_id_status_created_at` ON `accounts` (`space_id`, `status`, `created_at`);
-- Create "account_roles" table
CREATE TABLE `account_roles` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `role` text NOT NULL, `domain` text NOT NULL, `created_at` datetime NOT NULL, `account_id` integer NOT NULL, CONSTRAINT `account_roles_accounts_roles` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- Set sequence for "account_roles" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("account_roles", 55834574848);
-- Create index "accountrole_account_id_role_domain" to table: "account_roles"
CREATE UNIQUE INDEX `accountrole_account_id_role_domain` ON `account_roles` (`account_id`, `role`, `domain`);
-- Create "audit_events" table
CREATE TABLE `audit_events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `action` text NOT NULL, `actor_id` integer NULL, `target_id` integer NULL, `email` text NOT NULL DEFAULT (''), `client` text NOT NULL DEFAULT (''), `details` json NULL, `created_at` datetime NOT NULL);
-- Set sequence for "audit_events" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("audit_events", 60129542144);
-- Create index "auditevent_space_id_created_at" to table: "audit_events"
CREATE INDEX `auditevent_space_id_created_at` ON `audit_events` (`space_id`, `created_at`);
-- Create index "auditevent_space_id_action" to table: "audit_events"
CREATE INDEX `auditevent_space_id_action` ON `audit_events` (`space_id`, `action`);
-- Create "categories" table
CREATE TABLE `categories` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL, `position` integer NOT NULL DEFAULT (0), `deleted_at` datetime NULL, `space_id` integer NOT NULL, CONSTRAINT `categories_spaces_categories` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE NO ACTION);
-- Create index "category_space_id_key" to table: "categories"
CREATE UNIQUE INDEX `category_space_id_key` ON `categories` (`space_id`, `key`);
-- Create "category_translations" table
CREATE TABLE `category_translations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `locale` text NOT NULL, `source_hash` text NULL, `slug` text NOT NULL, `title` text NOT NULL, `description` text NOT NULL DEFAULT (''), `category_id` integer NOT NULL, CONSTRAINT `category_translations_categories_translations` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE NO ACTION);
-- Set sequence for "category_translations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("category_translations", 4294967296);
-- Create index "categorytranslation_category_id_locale" to table: "category_translations"
CREATE UNIQUE INDEX `categorytranslation_category_id_locale` ON `category_translations` (`category_id`, `locale`);
-- Create "faqs" table
CREATE TABLE `faqs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `audience` text NOT NULL DEFAULT ('PUBLIC'), `position` integer NOT NULL DEFAULT (0), `deleted_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `category_id` integer NULL, `space_id` integer NOT NULL, CONSTRAINT `faqs_categories_faqs` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE SET NULL, CONSTRAINT `faqs_spaces_faqs` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE NO ACTION);
-- Set sequence for "faqs" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("faqs", 8589934592);
-- Create index "faq_space_id_key" to table: "faqs"
CREATE UNIQUE INDEX `faq_space_id_key` ON `faqs` (`space_id`, `key`);
-- Create "faq_revisions" table
CREATE TABLE `faq_revisions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `number` integer NOT NULL, `question` text NOT NULL, `answer` text NOT NULL, `author` text NOT NULL DEFAULT (''), `author_id` integer NULL, `translation_id` integer NOT NULL, CONSTRAINT `faq_revisions_faq_translations_revisions` FOREIGN KEY (`translation_id`) REFERENCES `faq_translations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "faq_revisions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("faq_revisions", 94489280512);
-- Create index "faqrevision_translation_id_number" to table: "faq_revisions"
CREATE UNIQUE INDEX `faqrevision_translation_id_number` ON `faq_revisions` (`translation_id`, `number`);
-- Create "faq_translations" table
CREATE TABLE `faq_translations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `locale` text NOT NULL, `source_hash` text NULL, `published` bool NOT NULL DEFAULT (false), `revision` integer NOT NULL DEFAULT (0), `published_at` datetime NULL, `published_by` text NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `question` text NOT NULL DEFAULT (''), `answer` text NOT NULL DEFAULT (''), `html` text NOT NULL DEFAULT (''), `plain` text NOT NULL DEFAULT (''), `draft_question` text NOT NULL DEFAULT (''), `draft_answer` text NOT NULL DEFAULT (''), `draft_version` integer NOT NULL DEFAULT (0), `draft_updated_at` datetime NULL, `draft_updated_by` text NOT NULL DEFAULT (''), `faq_id` integer NOT NULL, CONSTRAINT `faq_translations_faqs_translations` FOREIGN KEY (`faq_id`) REFERENCES `faqs` (`id`) ON DELETE NO ACTION);
-- Set sequence for "faq_translations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("faq_translations", 12884901888);
-- Create index "faqtranslation_faq_id_locale" to table: "faq_translations"
CREATE UNIQUE INDEX `faqtranslation_faq_id_locale` ON `faq_translations` (`faq_id`, `locale`);
-- Create "files" table
CREATE TABLE `files` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `sha256` text NOT NULL, `filename` text NOT NULL, `content_type` text NOT NULL, `size` integer NOT NULL, `width` integer NULL, `height` integer NULL, `space_id` integer NOT NULL, CONSTRAINT `files_spaces_files` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE NO ACTION);
-- Set sequence for "files" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("files", 17179869184);
-- Create index "file_space_id_sha256_filename" to table: "files"
CREATE UNIQUE INDEX `file_space_id_sha256_filename` ON `files` (`space_id`, `sha256`, `filename`);
-- Create "guides" table
CREATE TABLE `guides` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `audience` text NOT NULL DEFAULT ('PUBLIC'), `position` integer NOT NULL DEFAULT (0), `deleted_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `category_id` integer NULL, `space_id` integer NOT NULL, CONSTRAINT `guides_categories_guides` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE SET NULL, CONSTRAINT `guides_spaces_guides` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE NO ACTION);
-- Set sequence for "guides" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("guides", 21474836480);
-- Create index "guide_space_id_key" to table: "guides"
CREATE UNIQUE INDEX `guide_space_id_key` ON `guides` (`space_id`, `key`);
-- Create index "guide_space_id_category_id_position" to table: "guides"
CREATE INDEX `guide_space_id_category_id_position` ON `guides` (`space_id`, `category_id`, `position`);
-- Create "guide_revisions" table
CREATE TABLE `guide_revisions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `number` integer NOT NULL, `slug` text NOT NULL, `title` text NOT NULL, `summary` text NOT NULL, `body` text NOT NULL, `author` text NOT NULL DEFAULT (''), `author_id` integer NULL, `translation_id` integer NOT NULL, CONSTRAINT `guide_revisions_guide_translations_revisions` FOREIGN KEY (`translation_id`) REFERENCES `guide_translations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "guide_revisions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("guide_revisions", 25769803776);
-- Create index "guiderevision_translation_id_number" to table: "guide_revisions"
CREATE UNIQUE INDEX `guiderevision_translation_id_number` ON `guide_revisions` (`translation_id`, `number`);
-- Create "guide_slugs" table
CREATE TABLE `guide_slugs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `locale` text NOT NULL, `slug` text NOT NULL, `guide_id` integer NOT NULL, CONSTRAINT `guide_slugs_guides_slugs` FOREIGN KEY (`guide_id`) REFERENCES `guides` (`id`) ON DELETE NO ACTION);
-- Set sequence for "guide_slugs" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("guide_slugs", 30064771072);
-- Create index "guideslug_space_id_slug_locale" to table: "guide_slugs"
CREATE UNIQUE INDEX `guideslug_space_id_slug_locale` ON `guide_slugs` (`space_id`, `slug`, `locale`);
-- Create "guide_translations" table
CREATE TABLE `guide_translations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `locale` text NOT NULL, `source_hash` text NULL, `published` bool NOT NULL DEFAULT (false), `revision` integer NOT NULL DEFAULT (0), `published_at` datetime NULL, `published_by` text NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `slug` text NOT NULL, `title` text NOT NULL DEFAULT (''), `summary` text NOT NULL DEFAULT (''), `body` text NOT NULL DEFAULT (''), `html` text NOT NULL DEFAULT (''), `plain` text NOT NULL DEFAULT (''), `draft_title` text NOT NULL DEFAULT (''), `draft_summary` text NOT NULL DEFAULT (''), `draft_body` text NOT NULL DEFAULT (''), `draft_slug` text NOT NULL DEFAULT (''), `draft_version` integer NOT NULL DEFAULT (0), `draft_updated_at` datetime NULL, `draft_updated_by` text NOT NULL DEFAULT (''), `publish_at` datetime NULL, `guide_id` integer NOT NULL, CONSTRAINT `guide_translations_guides_translations` FOREIGN KEY (`guide_id`) REFERENCES `guides` (`id`) ON DELETE NO ACTION);
-- Set sequence for "guide_translations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("guide_translations", 34359738368);
-- Create index "guidetranslation_guide_id_locale" to table: "guide_translations"
CREATE UNIQUE INDEX `guidetranslation_guide_id_locale` ON `guide_translations` (`guide_id`, `locale`);
-- Create "outbox_messages" table
CREATE TABLE `outbox_messages` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NULL, `to_address` text NOT NULL, `to_name` text NOT NULL DEFAULT (''), `locale` text NOT NULL, `template` text NOT NULL, `data` json NULL, `sealed` blob NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `locked_until` datetime NULL, `last_error` text NOT NULL DEFAULT (''), `sent_at` datetime NULL, `created_at` datetime NOT NULL);
-- Set sequence for "outbox_messages" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("outbox_messages", 64424509440);
-- Create index "outboxmessage_status_next_attempt_at" to table: "outbox_messages"
CREATE INDEX `outboxmessage_status_next_attempt_at` ON `outbox_messages` (`status`, `next_attempt_at`);
-- Create "previews" table
CREATE TABLE `previews` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `guide_id` integer NOT NULL, `locale` text NOT NULL, `hash` text NOT NULL, `expires_at` datetime NOT NULL, `created_by` integer NULL, `created_at` datetime NOT NULL);
-- Set sequence for "previews" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("previews", 81604378624);
-- Create index "previews_hash_key" to table: "previews"
CREATE UNIQUE INDEX `previews_hash_key` ON `previews` (`hash`);
-- Create "resources" table
CREATE TABLE `resources` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `audience` text NOT NULL DEFAULT ('PUBLIC'), `position` integer NOT NULL DEFAULT (0), `deleted_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `category_id` integer NULL, `space_id` integer NOT NULL, CONSTRAINT `resources_categories_resources` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE SET NULL, CONSTRAINT `resources_spaces_resources` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE NO ACTION);
-- Set sequence for "resources" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("resources", 38654705664);
-- Create index "resource_space_id_key" to table: "resources"
CREATE UNIQUE INDEX `resource_space_id_key` ON `resources` (`space_id`, `key`);
-- Create "resource_translations" table
CREATE TABLE `resource_translations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `locale` text NOT NULL, `source_hash` text NULL, `published` bool NOT NULL DEFAULT (false), `revision` integer NOT NULL DEFAULT (0), `published_at` datetime NULL, `published_by` text NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `title` text NOT NULL DEFAULT (''), `description` text NOT NULL DEFAULT (''), `html` text NOT NULL DEFAULT (''), `plain` text NOT NULL DEFAULT (''), `url` text NULL, `file_id` integer NULL, `resource_id` integer NOT NULL, CONSTRAINT `resource_translations_files_resource_translations` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`) ON DELETE SET NULL, CONSTRAINT `resource_translations_resources_translations` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE NO ACTION);
-- Set sequence for "resource_translations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("resource_translations", 42949672960);
-- Create index "resourcetranslation_resource_id_locale" to table: "resource_translations"
CREATE UNIQUE INDEX `resourcetranslation_resource_id_locale` ON `resource_translations` (`resource_id`, `locale`);
-- Create "spaces" table
CREATE TABLE `spaces` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `slug` text NOT NULL, `name_fr` text NOT NULL, `name_en` text NOT NULL, `default_locale` text NOT NULL, `approval` text NOT NULL DEFAULT ('none'), `modules` json NULL, `password_policy` json NOT NULL, `support_email` text NOT NULL DEFAULT (''), `source_hash` text NULL);
-- Set sequence for "spaces" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("spaces", 47244640256);
-- Create index "spaces_slug_key" to table: "spaces"
CREATE UNIQUE INDEX `spaces_slug_key` ON `spaces` (`slug`);
-- Create "support_requests" table
CREATE TABLE `support_requests` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `account_id` integer NULL, `email` text NOT NULL, `name` text NOT NULL, `subject` text NOT NULL, `message` text NOT NULL, `locale` text NOT NULL, `client` text NOT NULL DEFAULT (''), `created_at` datetime NOT NULL);
-- Set sequence for "support_requests" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("support_requests", 68719476736);
-- Create "throttles" table
CREATE TABLE `throttles` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `window_start` datetime NOT NULL, `count` integer NOT NULL DEFAULT (0), `blocked_until` datetime NULL);
-- Set sequence for "throttles" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("throttles", 73014444032);
-- Create index "throttles_key_key" to table: "throttles"
CREATE UNIQUE INDEX `throttles_key_key` ON `throttles` (`key`);
-- Create "tokens" table
CREATE TABLE `tokens` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `kind` text NOT NULL, `hash` text NOT NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `used_at` datetime NULL, `last_seen_at` datetime NULL, `client` text NOT NULL DEFAULT (''), `account_id` integer NOT NULL, CONSTRAINT `tokens_accounts_tokens` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION);
-- Set sequence for "tokens" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tokens", 77309411328);
-- Create index "tokens_hash_key" to table: "tokens"
CREATE UNIQUE INDEX `tokens_hash_key` ON `tokens` (`hash`);
-- Create index "token_account_id_kind_used_at" to table: "tokens"
CREATE INDEX `token_account_id_kind_used_at` ON `tokens` (`account_id`, `kind`, `used_at`);
-- Create "webhooks" table
CREATE TABLE `webhooks` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `url` text NOT NULL, `events` json NOT NULL, `secret_sealed` blob NOT NULL, `active` bool NOT NULL DEFAULT (true), `created_by` integer NULL, `created_at` datetime NOT NULL);
-- Set sequence for "webhooks" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhooks", 85899345920);
-- Create index "webhook_space_id" to table: "webhooks"
CREATE INDEX `webhook_space_id` ON `webhooks` (`space_id`);
-- Create "webhook_deliveries" table
CREATE TABLE `webhook_deliveries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `event` text NOT NULL, `payload` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `locked_until` datetime NULL, `response_status` integer NULL, `last_error` text NOT NULL DEFAULT (''), `delivered_at` datetime NULL, `created_at` datetime NOT NULL, `webhook_id` integer NOT NULL, CONSTRAINT `webhook_deliveries_webhooks_deliveries` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks` (`id`) ON DELETE NO ACTION);
-- Set sequence for "webhook_deliveries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhook_deliveries", 90194313216);
-- Create index "webhookdelivery_status_next_attempt_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_status_next_attempt_at` ON `webhook_deliveries` (`status`, `next_attempt_at`);
-- Create index "webhookdelivery_webhook_id_created_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_webhook_id_created_at` ON `webhook_deliveries` (`webhook_id`, `created_at`);
-- Create "guide_translation_attachments" table
CREATE TABLE `guide_translation_attachments` (`guide_translation_id` integer NOT NULL, `file_id` integer NOT NULL, PRIMARY KEY (`guide_translation_id`, `file_id`), CONSTRAINT `guide_translation_attachments_guide_translation_id` FOREIGN KEY (`guide_translation_id`) REFERENCES `guide_translations` (`id`) ON DELETE CASCADE, CONSTRAINT `guide_translation_attachments_file_id` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`) ON DELETE CASCADE);
