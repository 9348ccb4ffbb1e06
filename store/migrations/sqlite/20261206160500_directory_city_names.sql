-- The count of a city's directory entries searched by names tests the names' keys in this
-- index, not in each entry's row (the page keeps account_directory_city_order, in its order).
CREATE INDEX `account_directory_city_names` ON `accounts` (`space_id`, `directory_listed`, `status`, `directory_city_key`, `first_name_key`, `last_name_key`);
