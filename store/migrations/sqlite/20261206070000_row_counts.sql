-- atlas:delimiter ;;

-- The number of rows of the lists that grow with accounts and events, kept by triggers in the
-- transaction that writes the rows (package rowcount): what is counted, in a space, in a
-- scope (0: the whole space; else an entity, an organisation, a webhook), by value (a status,
-- an action; '' counts every row of the scope). totalCount reads a few of these rows rather
-- than counting the list.
-- A later migration that rebuilds one of the counted tables (accounts, audit_events,
-- belt_requests, programs, webhook_deliveries) drops its triggers with it: it must create them
-- again (TestRowCountsFollowEveryWrite fails otherwise).
CREATE TABLE IF NOT EXISTS `row_counts` (
	`space_id` integer NOT NULL,
	`counted` text NOT NULL,
	`scope_id` integer NOT NULL,
	`value` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY (`space_id`, `counted`, `scope_id`, `value`)
) WITHOUT ROWID;;

-- Accounts: by status, in the space and in their entity.
CREATE TRIGGER IF NOT EXISTS `accounts_count_insert` AFTER INSERT ON `accounts` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT NEW.space_id, 'accounts', s.scope_id, v.value, 1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.entity_id WHERE NEW.entity_id IS NOT NULL) AS s,
		(SELECT NEW.status AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `accounts_count_delete` AFTER DELETE ON `accounts` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT OLD.space_id, 'accounts', s.scope_id, v.value, -1
	FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.entity_id WHERE OLD.entity_id IS NOT NULL) AS s,
		(SELECT OLD.status AS value UNION ALL SELECT '') AS v
	WHERE true
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- An update moves the account from its former keys to its new ones; keys it stays in are not
-- written (an approval leaves the totals alone).
CREATE TRIGGER IF NOT EXISTS `accounts_count_update` AFTER UPDATE OF `status`, `entity_id`, `space_id` ON `accounts`
WHEN OLD.status IS NOT NEW.status OR OLD.entity_id IS NOT NEW.entity_id OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'accounts', d.scope_id, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, s.scope_id AS scope_id, v.value AS value, -1 AS n
		FROM (SELECT 0 AS scope_id UNION ALL SELECT OLD.entity_id WHERE OLD.entity_id IS NOT NULL) AS s,
			(SELECT OLD.status AS value UNION ALL SELECT '') AS v
		UNION ALL
		SELECT NEW.space_id, s.scope_id, v.value, 1
		FROM (SELECT 0 AS scope_id UNION ALL SELECT NEW.entity_id WHERE NEW.entity_id IS NOT NULL) AS s,
			(SELECT NEW.status AS value UNION ALL SELECT '') AS v
	) AS d
	GROUP BY d.space_id, d.scope_id, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- Audit events: by action, in the space (its events are never changed).
CREATE TRIGGER IF NOT EXISTS `audit_events_count_insert` AFTER INSERT ON `audit_events` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (NEW.space_id, 'audit_events', 0, NEW.action, 1), (NEW.space_id, 'audit_events', 0, '', 1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `audit_events_count_delete` AFTER DELETE ON `audit_events` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (OLD.space_id, 'audit_events', 0, OLD.action, -1), (OLD.space_id, 'audit_events', 0, '', -1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `audit_events_count_update` AFTER UPDATE OF `action`, `space_id` ON `audit_events`
WHEN OLD.action IS NOT NEW.action OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'audit_events', 0, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, OLD.action AS value, -1 AS n UNION ALL SELECT OLD.space_id, '', -1
		UNION ALL SELECT NEW.space_id, NEW.action, 1 UNION ALL SELECT NEW.space_id, '', 1
	) AS d
	GROUP BY d.space_id, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- Belt requests: by status and belt ('OPEN/yellow'), in the space.
CREATE TRIGGER IF NOT EXISTS `belt_requests_count_insert` AFTER INSERT ON `belt_requests` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (NEW.space_id, 'belt_requests', 0, NEW.status || '/' || NEW.belt, 1), (NEW.space_id, 'belt_requests', 0, '', 1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `belt_requests_count_delete` AFTER DELETE ON `belt_requests` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (OLD.space_id, 'belt_requests', 0, OLD.status || '/' || OLD.belt, -1), (OLD.space_id, 'belt_requests', 0, '', -1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `belt_requests_count_update` AFTER UPDATE OF `status`, `belt`, `space_id` ON `belt_requests`
WHEN OLD.status IS NOT NEW.status OR OLD.belt IS NOT NEW.belt OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'belt_requests', 0, d.value, sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, OLD.status || '/' || OLD.belt AS value, -1 AS n UNION ALL SELECT OLD.space_id, '', -1
		UNION ALL SELECT NEW.space_id, NEW.status || '/' || NEW.belt, 1 UNION ALL SELECT NEW.space_id, '', 1
	) AS d
	GROUP BY d.space_id, d.value HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- Programs: in the space and in their organisation.
CREATE TRIGGER IF NOT EXISTS `programs_count_insert` AFTER INSERT ON `programs` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (NEW.space_id, 'programs', 0, '', 1), (NEW.space_id, 'programs', NEW.organization_id, '', 1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `programs_count_delete` AFTER DELETE ON `programs` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (OLD.space_id, 'programs', 0, '', -1), (OLD.space_id, 'programs', OLD.organization_id, '', -1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `programs_count_update` AFTER UPDATE OF `organization_id`, `space_id` ON `programs`
WHEN OLD.organization_id IS NOT NEW.organization_id OR OLD.space_id IS NOT NEW.space_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	SELECT d.space_id, 'programs', d.scope_id, '', sum(d.n)
	FROM (
		SELECT OLD.space_id AS space_id, 0 AS scope_id, -1 AS n UNION ALL SELECT OLD.space_id, OLD.organization_id, -1
		UNION ALL SELECT NEW.space_id, 0, 1 UNION ALL SELECT NEW.space_id, NEW.organization_id, 1
	) AS d
	GROUP BY d.space_id, d.scope_id HAVING sum(d.n) <> 0
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- Webhook deliveries: in their webhook (scope), whatever the space (0: a delivery has none).
CREATE TRIGGER IF NOT EXISTS `webhook_deliveries_count_insert` AFTER INSERT ON `webhook_deliveries` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (0, 'webhook_deliveries', NEW.webhook_id, '', 1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `webhook_deliveries_count_delete` AFTER DELETE ON `webhook_deliveries` BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (0, 'webhook_deliveries', OLD.webhook_id, '', -1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

CREATE TRIGGER IF NOT EXISTS `webhook_deliveries_count_update` AFTER UPDATE OF `webhook_id` ON `webhook_deliveries`
WHEN OLD.webhook_id IS NOT NEW.webhook_id BEGIN
	INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
	VALUES (0, 'webhook_deliveries', OLD.webhook_id, '', -1), (0, 'webhook_deliveries', NEW.webhook_id, '', 1)
	ON CONFLICT (`space_id`, `counted`, `scope_id`, `value`) DO UPDATE SET `n` = `n` + excluded.`n`;
END;;

-- The rows already there, counted once (the migration's write transaction holds off writers).
DELETE FROM `row_counts`;;

INSERT INTO `row_counts` (`space_id`, `counted`, `scope_id`, `value`, `n`)
SELECT `space_id`, 'accounts', 0, `status`, count(*) FROM `accounts` GROUP BY `space_id`, `status`
UNION ALL SELECT `space_id`, 'accounts', 0, '', count(*) FROM `accounts` GROUP BY `space_id`
UNION ALL SELECT `space_id`, 'accounts', `entity_id`, `status`, count(*) FROM `accounts` WHERE `entity_id` IS NOT NULL GROUP BY `space_id`, `entity_id`, `status`
UNION ALL SELECT `space_id`, 'accounts', `entity_id`, '', count(*) FROM `accounts` WHERE `entity_id` IS NOT NULL GROUP BY `space_id`, `entity_id`
UNION ALL SELECT `space_id`, 'audit_events', 0, `action`, count(*) FROM `audit_events` GROUP BY `space_id`, `action`
UNION ALL SELECT `space_id`, 'audit_events', 0, '', count(*) FROM `audit_events` GROUP BY `space_id`
UNION ALL SELECT `space_id`, 'belt_requests', 0, `status` || '/' || `belt`, count(*) FROM `belt_requests` GROUP BY `space_id`, `status`, `belt`
UNION ALL SELECT `space_id`, 'belt_requests', 0, '', count(*) FROM `belt_requests` GROUP BY `space_id`
UNION ALL SELECT `space_id`, 'programs', 0, '', count(*) FROM `programs` GROUP BY `space_id`
UNION ALL SELECT `space_id`, 'programs', `organization_id`, '', count(*) FROM `programs` GROUP BY `space_id`, `organization_id`
UNION ALL SELECT 0, 'webhook_deliveries', `webhook_id`, '', count(*) FROM `webhook_deliveries` GROUP BY `webhook_id`;;
