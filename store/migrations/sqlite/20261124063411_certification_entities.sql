-- Create "entities" table first: accounts refer to it
CREATE TABLE `entities` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `space_id` integer NOT NULL, `kind` text NOT NULL, `siret` text NULL, `name` text NOT NULL, `address_line1` text NULL, `address_line2` text NULL, `postal_code` text NULL, `city` text NULL, `country` text NULL, `manager_id` integer NULL, CONSTRAINT `entities_accounts_manager` FOREIGN KEY (`manager_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL);
-- Set sequence for "entities" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("entities", 141733920768);
-- Create index "entity_space_id_siret" to table: "entities"
CREATE UNIQUE INDEX `entity_space_id_siret` ON `entities` (`space_id`, `siret`);
-- Add the column "entity_id" to "accounts" (hand-edited: Atlas rebuilds the table, whose
-- DROP breaks the references of tokens and roles inside the migration's transaction, where
-- "PRAGMA foreign_keys = off" does nothing)
ALTER TABLE `accounts` ADD COLUMN `entity_id` integer NULL CONSTRAINT `accounts_entities_members` REFERENCES `entities` (`id`) ON DELETE SET NULL;
-- Create index "account_entity_id_status_created_at" to table: "accounts"
CREATE INDEX `account_entity_id_status_created_at` ON `accounts` (`entity_id`, `status`, `created_at`);
-- Create "documents" table
CREATE TABLE `documents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `kind` text NOT NULL, `sha256` text NOT NULL, `filename` text NOT NULL, `content_type` text NOT NULL, `size` integer NOT NULL, `signed_on` datetime NULL, `created_at` datetime NOT NULL, `account_id` integer NOT NULL, `entity_id` integer NOT NULL, CONSTRAINT `documents_accounts_documents` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION, CONSTRAINT `documents_entities_entity` FOREIGN KEY (`entity_id`) REFERENCES `entities` (`id`) ON DELETE NO ACTION);
-- Set sequence for "documents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("documents", 137438953472);
-- Create index "document_account_id" to table: "documents"
CREATE INDEX `document_account_id` ON `documents` (`account_id`);
