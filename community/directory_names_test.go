package community_test

import (
	"fmt"
	"strings"
	"testing"

	"guichet/community"
	"guichet/facilitation"
)

// A search finds a facilitator by their name as it is now, whichever way the name changed
// (the account's update, plain SQL), and no longer by the former one; a deleted account is
// found no more. On SQLite a search reads the names' index, kept with the accounts by triggers.
func TestDirectorySearchFollowsNames(t *testing.T) {
	w := newWorld(t, facilitation.Rules{})
	a := w.named("Amélie", "Poulain", "facilitator", "white")
	b := w.named("Bruno", "Poulain", "facilitator", "white")
	for _, p := range []int{a.ID, b.ID} {
		w.c.Account.UpdateOneID(p).SetDirectoryListed(true).ExecX(w.ctx)
	}
	found := func(search string) string {
		t.Helper()
		d, err := w.s.Directory(w.ctx, w.sp, community.DirectoryQuery{Search: &search})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range d.Entries {
			names = append(names, e.DisplayName)
		}
		if d.TotalCount != len(names) {
			t.Fatalf("%s: total %d for %v", search, d.TotalCount, names)
		}
		return strings.Join(names, ", ")
	}
	steps := []struct {
		name   string
		change func()
		search map[string]string
	}{
		{"as created", func() {}, map[string]string{"ame poul": "Amélie Poulain", "poulain": "Amélie Poulain, Bruno Poulain"}},
		{"renamed by an update", func() { w.c.Account.UpdateOneID(a.ID).SetLastName("Dupré").ExecX(w.ctx) },
			map[string]string{"ame poul": "", "dupre": "Amélie Dupré", "poulain": "Bruno Poulain"}},
		{"renamed in SQL", func() {
			if _, err := w.DB.SQL.ExecContext(w.ctx, fmt.Sprintf(`UPDATE accounts SET first_name = 'Bernard', first_name_key = ' bernard' WHERE id = %d`, b.ID)); err != nil {
				t.Fatal(err)
			}
		}, map[string]string{"bruno": "", "bern poul": "Bernard Poulain"}},
		{"deleted", func() {
			if _, err := w.DB.SQL.ExecContext(w.ctx, fmt.Sprintf(`DELETE FROM account_roles WHERE account_id = %d`, a.ID)); err != nil {
				t.Fatal(err)
			}
			w.c.Account.DeleteOneID(a.ID).ExecX(w.ctx)
		}, map[string]string{"dupre": "", "bern": "Bernard Poulain"}},
	}
	for _, s := range steps {
		s.change()
		for search, want := range s.search {
			if got := found(search); got != want {
				t.Errorf("%s: %q found %q, want %q", s.name, search, got, want)
			}
		}
	}
}
