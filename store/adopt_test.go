package store_test

import (
	"context"
	"slices"
	"testing"

	"guichet/store/storetest"
)

// A SQLite database made before versioned migrations (by ent's automatic migration) ends, once
// adopted, with the same tables, virtual tables, triggers and indexes as a database the
// versioned migrations made: nothing a later feature reads (a count's triggers, a search
// index) is missing from it.
func TestAnAdoptedDatabaseHasEveryObjectOfAMigratedOne(t *testing.T) {
	if storetest.Postgres() {
		return // only SQLite databases were ever unversioned
	}
	ctx := context.Background()
	objects := func(t *testing.T, adopt bool) []string {
		db := openEmpty(t, t.TempDir())
		if adopt {
			if err := db.Client.Schema.Create(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		rows, err := db.SQL.QueryContext(ctx, `SELECT type || ' ' || name FROM sqlite_master
			WHERE name NOT LIKE 'sqlite_%' ORDER BY 1`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		return out
	}
	migrated, adopted := objects(t, false), objects(t, true)
	for _, o := range migrated {
		if !slices.Contains(adopted, o) {
			t.Errorf("the adopted database has no %s", o)
		}
	}
	for _, o := range adopted {
		if !slices.Contains(migrated, o) {
			t.Errorf("the adopted database has %s, which migrations do not make", o)
		}
	}
}
