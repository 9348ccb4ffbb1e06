package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"guichet/store"
)

// The Grow functions add rows in bulk with plain SQL, in one statement each, as fast as the
// store allows: tests and benchmarks that measure how costs grow with the data need 10⁵–10⁶
// rows in seconds. WITH RECURSIVE … INSERT is understood by SQLite and PostgreSQL alike.

func series(n int) string {
	return fmt.Sprintf("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %d) ", n)
}

func exec(t testing.TB, db *store.DB, q string) {
	t.Helper()
	if _, err := db.SQL.ExecContext(context.Background(), q); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// GrowAccounts adds n accounts of the given status to the space (e-mails tag-1@example.org…),
// each holding role in the space and in a scope of it ("space/entity:x").
func GrowAccounts(t testing.TB, db *store.DB, spaceID int, space, tag, status, role string, n int) {
	t.Helper()
	exec(t, db, series(n)+fmt.Sprintf(`INSERT INTO accounts
		(created_at, updated_at, email, email_key, locale, status, space_id)
		SELECT CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '%[1]s-' || x || '@example.org',
		'%[1]s-' || x || '@example.org', 'fr', '%[2]s', %[3]d FROM n`, tag, status, spaceID))
	exec(t, db, fmt.Sprintf(`INSERT INTO account_roles (created_at, account_id, role, domain)
		SELECT CURRENT_TIMESTAMP, id, '%s', '%s' FROM accounts WHERE email_key LIKE '%s-%%'`, role, space, tag))
	exec(t, db, fmt.Sprintf(`INSERT INTO account_roles (created_at, account_id, role, domain)
		SELECT CURRENT_TIMESTAMP, id, '%s', '%s/entity:' || id FROM accounts WHERE email_key LIKE '%s-%%'`, role, space, tag))
}

// GrowGuides adds n published PUBLIC guides to the space, after its others in position
// order, each with a French translation whose body, HTML and plain text are each of size
// bytes (a few kilobytes is what a guide weighs), keys and slugs tag-1….
func GrowGuides(t testing.TB, db *store.DB, spaceID int, tag string, n, size int) {
	t.Helper()
	exec(t, db, series(n)+fmt.Sprintf(`INSERT INTO guides (key, position, created_at, updated_at, space_id)
		SELECT '%[1]s-' || x, 1000000 + x, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, %[2]d FROM n`, tag, spaceID))
	body := "'" + strings.Repeat("x", size) + "'"
	exec(t, db, fmt.Sprintf(`INSERT INTO guide_translations
		(locale, created_at, updated_at, slug, guide_id, title, body, html, plain, published, revision)
		SELECT 'fr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, key, id, key, %[1]s, %[1]s, %[1]s, true, 1
		FROM guides WHERE space_id = %[2]d AND key LIKE '%[3]s-%%'`, body, spaceID, tag))
}

// GrowAuditEvents adds n events to the space's audit log: one in a thousand a role granted
// ("role.granted"), one in ten a failed login ("login.failed"), the others successful ones
// ("login.succeeded").
func GrowAuditEvents(t testing.TB, db *store.DB, spaceID, n int) {
	t.Helper()
	exec(t, db, series(n)+fmt.Sprintf(`INSERT INTO audit_events (space_id, action, email, client, created_at)
		SELECT %d, CASE WHEN x %% 1000 = 0 THEN 'role.granted' WHEN x %% 10 = 0 THEN 'login.failed' ELSE 'login.succeeded' END, '', '', CURRENT_TIMESTAMP
		FROM n`, spaceID))
}
