-- Who holds a role in a domain, with the holders' account IDs in the index: the directory's
-- belt filter reads a belt's list of accounts from the index alone. Replaces (domain, role).
DROP INDEX `accountrole_domain_role`;
CREATE INDEX `accountrole_domain_role_account_id` ON `account_roles` (`domain`, `role`, `account_id`);
