package help_test

import (
	"context"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"guichet/ent/privacy"
	"guichet/help"
	"guichet/locales"
	"guichet/password"
	"guichet/role"
	"guichet/store/storetest"
	"guichet/viewer"
)

// GuideBySlug's statement reads the one guide its slug names by the guide's key, whatever
// the number of guides in the space: not a walk through the space's guides checking each
// against the slug (what SQLite planned for the query's "id IN (subquery)" when it had no
// statistics).
func TestGuideBySlugReadsOneGuideByItsKey(t *testing.T) {
	db := storetest.Open(t, t.TempDir())
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := db.Client.Space.Create().SetSlug("growth").SetNameFr("G").SetNameEn("G").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 12}).SaveX(ctx)
	// Without statistics (a database never analyzed, or grown since), as with them.
	storetest.GrowGuides(t, db, sp.ID, "many", 3000, 100)
	client, rec := storetest.Recording(db)
	svc := &help.Service{Client: client, SQL: db.SQL}
	reader := viewer.NewContext(context.Background(), &viewer.Viewer{SpaceID: sp.ID, Audiences: []role.Audience{role.Public}})
	if _, err := svc.GuideBySlug(reader, "many-1500", locales.FR, help.Include{Category: true, Attachments: true}); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, st := range rec.Take() {
		if !strings.Contains(st.Query, "guide_slugs") {
			continue
		}
		found = true
		plan := storetest.Plan(t, db, st)
		byKey, walk := "SEARCH g USING INTEGER PRIMARY KEY", "SEARCH g USING INDEX"
		if db.Dialect == dialect.Postgres {
			byKey, walk = "guides_pkey on guides g", "Seq Scan on guides"
		}
		if !strings.Contains(plan, byKey) || strings.Contains(plan, walk) {
			t.Errorf("plan of %s:\n%s", st.Query, plan)
		}
	}
	if !found {
		t.Fatal("no statement read the slug")
	}
}
