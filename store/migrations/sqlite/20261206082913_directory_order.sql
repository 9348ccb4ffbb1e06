-- Create index "account_space_id_directory_listed_status_last_name_first_name" to table: "accounts"
CREATE INDEX `account_space_id_directory_listed_status_last_name_first_name` ON `accounts` (`space_id`, `directory_listed`, `status`, `last_name`, `first_name`);
