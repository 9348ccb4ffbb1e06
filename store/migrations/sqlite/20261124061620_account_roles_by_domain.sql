-- Create index "accountrole_domain_role" to table: "account_roles"
CREATE INDEX `accountrole_domain_role` ON `account_roles` (`domain`, `role`);
