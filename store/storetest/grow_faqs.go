package storetest

import (
	"fmt"
	"strings"
	"testing"

	"guichet/store"
)

// GrowFaqs adds n published PUBLIC FAQs to the space, after its others in position order,
// each with a French translation whose answer, HTML and plain text are each of size bytes,
// keys tag-1….
func GrowFaqs(t testing.TB, db *store.DB, spaceID int, tag string, n, size int) {
	t.Helper()
	exec(t, db, series(n)+fmt.Sprintf(`INSERT INTO faqs (key, position, created_at, updated_at, space_id)
		SELECT '%[1]s-' || x, 1000000 + x, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, %[2]d FROM n`, tag, spaceID))
	answer := "'" + strings.Repeat("x", size) + "'"
	exec(t, db, fmt.Sprintf(`INSERT INTO faq_translations
		(locale, created_at, updated_at, faq_id, question, answer, html, plain, published, revision)
		SELECT 'fr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, id, key, %[1]s, %[1]s, %[1]s, true, 1
		FROM faqs WHERE space_id = %[2]d AND key LIKE '%[3]s-%%'`, answer, spaceID, tag))
}
