package rowcount_test

import (
	"context"
	"testing"

	"guichet/account"
	entaccount "guichet/ent/account"
	"guichet/ent/privacy"
	"guichet/store"
	"guichet/store/storetest"
)

// sameNamesKeys fails unless every account's names_key is its first name's key then its last
// name's, and returns how many accounts there are.
func sameNamesKeys(t *testing.T, db *store.DB) int {
	t.Helper()
	rows, err := db.SQL.QueryContext(context.Background(), `SELECT id, names_key, first_name_key || last_name_key FROM accounts`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id int
		var kept, want string
		if err := rows.Scan(&id, &kept, &want); err != nil {
			t.Fatal(err)
		}
		if n++; kept != want {
			t.Errorf("account %d: names_key %q, its names' keys say %q", id, kept, want)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

// accounts.names_key follows every write of the names' keys, through the services (ent's hook
// writes the keys with the names) or in plain SQL, one name at a time or both, in bulk, and
// a key written by hand is written again; the migration keys the accounts there.
func TestNamesKeyFollowsTheNames(t *testing.T) {
	w := newWorld(t)
	db, sp := w.db, w.sp
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	ana := w.pending(t, "ana@example.org", nil)
	rename := func(t *testing.T, first, last *string) {
		t.Helper()
		if _, err := w.accounts.UpdateProfile(ctx, sp, ana, account.ProfileInput{FirstName: first, LastName: last}, "client"); err != nil {
			t.Fatal(err)
		}
	}
	str := func(s string) *string { return &s }
	key := func(t *testing.T) string {
		t.Helper()
		var k string
		if err := db.SQL.QueryRowContext(ctx, db.Rebind(`SELECT names_key FROM accounts WHERE id = ?`), ana).Scan(&k); err != nil {
			t.Fatal(err)
		}
		return k
	}
	for _, st := range []struct {
		name  string
		write func(t *testing.T)
		want  string // ana's key, when not ""
	}{
		{"created", func(t *testing.T) {}, ""},
		{"both names renamed", func(t *testing.T) { rename(t, str("Anne-Marie"), str("Dupont Aignan")) }, " anne marie dupont aignan"},
		{"the first name alone", func(t *testing.T) { rename(t, str("Élodie"), nil) }, " elodie dupont aignan"},
		{"the last name alone", func(t *testing.T) { rename(t, nil, str("Ng")) }, " elodie ng"},
		{"a key written in SQL", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET last_name_key = ' zed' WHERE id = ?`, ana)
		}, " elodie zed"},
		{"the names' key written by hand", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET names_key = ' wrong' WHERE id = ?`, ana)
		}, " elodie zed"},
		{"no name", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET first_name_key = '', last_name_key = '' WHERE id = ?`, ana)
		}, ""},
		{"accounts inserted and renamed in bulk", func(t *testing.T) {
			storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "bulk", string(entaccount.StatusACTIVE), "facilitator", 20)
			exec(t, db, `UPDATE accounts SET first_name_key = ' b' || id WHERE email_key LIKE 'bulk%'`)
		}, ""},
	} {
		t.Run(st.name, func(t *testing.T) {
			st.write(t)
			sameNamesKeys(t, db)
			if got := key(t); st.want != "" && got != st.want {
				t.Errorf("names_key %q, want %q", got, st.want)
			}
		})
	}
}
