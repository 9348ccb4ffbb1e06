package storetest

import (
	"fmt"
	"strings"
	"testing"

	"guichet/store"
)

// GrowNews adds n published news posts to the space, keyed "<tag>-<i>", one French
// translation each holding a body of size bytes, the i-th dated i minutes after 2026-01-01.
func GrowNews(t testing.TB, db *store.DB, spaceID int, tag string, n, size int) {
	t.Helper()
	exec(t, db, series(n)+fmt.Sprintf(`INSERT INTO news (key, position, created_at, updated_at, published_at, space_id)
		SELECT '%[1]s-' || x, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, %[3]s, %[2]d FROM n`, tag, spaceID, minutesAfter2026(db)))
	body := "'" + strings.Repeat("x", size) + "'"
	exec(t, db, fmt.Sprintf(`INSERT INTO news_translations
		(locale, created_at, updated_at, slug, news_id, title, body, html, plain, published, revision)
		SELECT 'fr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, key, id, key, %[1]s, %[1]s, %[1]s, true, 1
		FROM news WHERE space_id = %[2]d AND key LIKE '%[3]s-%%'`, body, spaceID, tag))
}

// minutesAfter2026 is, in the database's dialect, the time x minutes after 2026-01-01 (x the
// series' number).
func minutesAfter2026(db *store.DB) string {
	if db.Dialect == "postgres" {
		return `TIMESTAMPTZ '2026-01-01 00:00:00+00' + x * INTERVAL '1 minute'`
	}
	// as the driver writes times, so that a cursor's time compares with them as text
	return `strftime('%Y-%m-%d %H:%M:%S', '2026-01-01 00:00:00', '+' || x || ' minutes') || '+00:00'`
}
