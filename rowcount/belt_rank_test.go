package rowcount_test

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"guichet/account"
	entaccount "guichet/ent/account"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/password"
	"guichet/store"
	"guichet/store/storetest"
)

// rankedAfresh is each account's belt rank counted from its roles here, the ranks and roles
// of facilitation's belts (not the migration's literals): the highest belt it holds in its own
// space's domain, 0 for none.
func rankedAfresh(t *testing.T, db *store.DB) (kept, afresh map[int]int64) {
	t.Helper()
	var q strings.Builder
	q.WriteString("SELECT a.id, a.belt_rank, COALESCE((SELECT MAX(CASE r.role")
	args := make([]any, 0, len(facilitation.Belts))
	for _, belt := range facilitation.Belts {
		fmt.Fprintf(&q, " WHEN ? THEN %d", facilitation.Rank(belt))
		args = append(args, facilitation.Role(belt))
	}
	q.WriteString(" ELSE 0 END) FROM account_roles AS r WHERE r.account_id = a.id AND r.domain = s.slug), 0)" +
		" FROM accounts AS a JOIN spaces AS s ON s.id = a.space_id")
	rows, err := db.SQL.QueryContext(context.Background(), db.Rebind(q.String()), args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	kept, afresh = map[int]int64{}, map[int]int64{}
	for rows.Next() {
		var id int
		var k, a int64
		if err := rows.Scan(&id, &k, &a); err != nil {
			t.Fatal(err)
		}
		kept[id], afresh[id] = k, a
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return kept, afresh
}

// sameRanks fails unless every account's belt_rank is its rank counted afresh, and returns them.
func sameRanks(t *testing.T, db *store.DB) map[int]int64 {
	t.Helper()
	kept, afresh := rankedAfresh(t, db)
	for id, want := range afresh {
		if kept[id] != want {
			t.Errorf("account %d: belt_rank %d, its roles rank it %d", id, kept[id], want)
		}
	}
	return kept
}

// sameFacilitators fails unless every account's facilitator flag says whether it holds the
// facilitator role in its own space's domain, read afresh, and returns the flags.
func sameFacilitators(t *testing.T, db *store.DB) map[int]bool {
	t.Helper()
	rows, err := db.SQL.QueryContext(context.Background(), `SELECT a.id, a.facilitator, EXISTS (SELECT 1 FROM account_roles AS r
		WHERE r.account_id = a.id AND r.role = 'facilitator' AND r.domain = s.slug) FROM accounts AS a JOIN spaces AS s ON s.id = a.space_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	kept := map[int]bool{}
	for rows.Next() {
		var id int
		var k, afresh bool
		if err := rows.Scan(&id, &k, &afresh); err != nil {
			t.Fatal(err)
		}
		if kept[id] = k; k != afresh {
			t.Errorf("account %d: facilitator %v, its roles say %v", id, k, afresh)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return kept
}

// accounts.belt_rank and accounts.facilitator follow every write to account_roles and to an
// account's space, in the services or in plain SQL, a role of another domain counting for
// nothing, and a rolled-back transaction leaves them as they were.
func TestBeltRankFollowsEveryWrite(t *testing.T) {
	w := newWorld(t)
	db, sp := w.db, w.sp
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	other := db.Client.Space.Create().SetSlug("elsewhere").SetNameFr("E").SetNameEn("E").SetDefaultLocale(locales.FR).
		SetApproval(space.ApprovalStaff).SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).SaveX(ctx)
	ana, bob, cyd := w.pending(t, "ana@example.org", nil), w.pending(t, "bob@example.org", nil), w.pending(t, "cyd@example.org", nil)
	role := func(t *testing.T, id int, role, domain string) {
		t.Helper()
		exec(t, db, `INSERT INTO account_roles (role, domain, created_at, account_id) VALUES (?, ?, CURRENT_TIMESTAMP, ?)`, role, domain, id)
	}
	// grant gives a belt as community's setBelt does, in a transaction of the service's.
	grant := func(t *testing.T, id int, belt string) {
		t.Helper()
		tx, err := db.Client.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := account.Grant(ctx, tx, id, belt, sp.Slug); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		name  string
		write func(t *testing.T)
		want  map[int]int64 // some accounts' ranks, beside every one's agreeing with its roles
		// some accounts' facilitator flags, beside every one's agreeing with its roles
		facilitators map[int]bool
	}{
		{"a white belt granted by the service", func(t *testing.T) { grant(t, ana, "white") }, map[int]int64{ana: 1, bob: 0}, nil},
		{"a green belt granted beside it", func(t *testing.T) { grant(t, ana, "green") }, map[int]int64{ana: 4}, nil},
		{"roles that are no belt granted", func(t *testing.T) {
			if _, err := w.accounts.GrantRole(ctx, sp, w.staff.ID, ana, "facilitator", nil, "client"); err != nil {
				t.Fatal(err)
			}
			role(t, bob, "facilitator", sp.Slug)
		}, map[int]int64{ana: 4, bob: 0}, map[int]bool{ana: true, bob: true, cyd: false}},
		{"belts of other domains: another space's, a scope of the space", func(t *testing.T) {
			role(t, ana, "blue", other.Slug)
			role(t, bob, "blue", sp.Slug+"/program:7")
			role(t, bob, "orange", other.Slug)
			role(t, cyd, "facilitator", other.Slug)
			role(t, cyd, "facilitator", sp.Slug+"/program:7")
		}, map[int]int64{ana: 4, bob: 0}, map[int]bool{cyd: false}},
		{"the highest belt deleted", func(t *testing.T) {
			exec(t, db, `DELETE FROM account_roles WHERE account_id = ? AND role = 'green'`, ana)
		}, map[int]int64{ana: 1}, nil},
		{"roles changed into a belt and into a higher one", func(t *testing.T) {
			exec(t, db, `UPDATE account_roles SET role = 'orange' WHERE account_id = ? AND role = 'white'`, ana)
			exec(t, db, `UPDATE account_roles SET role = 'yellow' WHERE account_id = ? AND role = 'facilitator'`, bob)
		}, map[int]int64{ana: 3, bob: 2}, map[int]bool{bob: false}},
		{"a belt changed into a role that is none", func(t *testing.T) {
			exec(t, db, `UPDATE account_roles SET role = 'facilitator' WHERE account_id = ? AND role = 'yellow'`, bob)
		}, map[int]int64{bob: 0}, map[int]bool{bob: true}},
		{"belts moved into the space's domain and out of it", func(t *testing.T) {
			exec(t, db, `UPDATE account_roles SET domain = ? WHERE account_id = ? AND role = 'blue'`, sp.Slug, ana)
			exec(t, db, `UPDATE account_roles SET domain = ? WHERE account_id = ? AND role = 'orange'`, sp.Slug, bob)
			exec(t, db, `UPDATE account_roles SET domain = ? WHERE account_id = ? AND role = 'orange'`, other.Slug, ana)
		}, map[int]int64{ana: 5, bob: 3}, nil},
		{"a belt moved to another account", func(t *testing.T) {
			exec(t, db, `UPDATE account_roles SET account_id = ? WHERE account_id = ? AND role = 'blue' AND domain = ?`, bob, ana, sp.Slug)
		}, map[int]int64{ana: 0, bob: 5}, nil},
		{"an account moved to another space: its belts and roles there count", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET space_id = ? WHERE id = ?`, other.ID, ana)
			exec(t, db, `UPDATE accounts SET space_id = ? WHERE id = ?`, other.ID, cyd)
		}, map[int]int64{ana: 3, bob: 5}, map[int]bool{ana: false, cyd: true}},
		{"and back", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET space_id = ? WHERE id = ?`, sp.ID, ana)
			exec(t, db, `UPDATE accounts SET space_id = ? WHERE id = ?`, sp.ID, cyd)
		}, map[int]int64{ana: 0}, map[int]bool{ana: true, cyd: false}},
		{"the facilitator role moved to another account, deleted", func(t *testing.T) {
			exec(t, db, `UPDATE account_roles SET account_id = ? WHERE account_id = ? AND role = 'facilitator' AND domain = ?`, cyd, ana, sp.Slug)
			if got := sameFacilitators(t, db); got[ana] || !got[cyd] {
				t.Errorf("after the move: %v", got)
			}
			exec(t, db, `DELETE FROM account_roles WHERE account_id = ? AND role = 'facilitator'`, cyd)
		}, nil, map[int]bool{ana: false, cyd: false, bob: true}},
		{"two belts written by one statement, then deleted by one", func(t *testing.T) {
			exec(t, db, `INSERT INTO account_roles (role, domain, created_at, account_id)
				VALUES ('blue', ?, CURRENT_TIMESTAMP, ?), ('white', ?, CURRENT_TIMESTAMP, ?)`, sp.Slug, cyd, sp.Slug, cyd)
			if got := sameRanks(t, db)[cyd]; got != 5 {
				t.Errorf("belt_rank %d after blue and white at once", got)
			}
			exec(t, db, `DELETE FROM account_roles WHERE account_id = ?`, cyd)
		}, map[int]int64{cyd: 0}, nil},
		{"accounts with their belts inserted in bulk", func(t *testing.T) {
			storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "bulk", string(entaccount.StatusACTIVE), "green", 20)
		}, nil, nil},
		{"a transaction rolled back", func(t *testing.T) {
			before, _ := rankedAfresh(t, db)
			tx, err := db.Client.Tx(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := account.Grant(ctx, tx, cyd, "blue", sp.Slug); err != nil {
				t.Fatal(err)
			}
			if err := tx.Rollback(); err != nil {
				t.Fatal(err)
			}
			if after, _ := rankedAfresh(t, db); !maps.Equal(after, before) {
				t.Errorf("a rolled-back transaction changed the ranks:\nbefore %v\nafter  %v", before, after)
			}
		}, map[int]int64{cyd: 0}, nil},
		{"every role deleted at once (TRUNCATE on PostgreSQL)", func(t *testing.T) {
			if storetest.Postgres() {
				exec(t, db, `TRUNCATE account_roles`)
				return
			}
			exec(t, db, `DELETE FROM account_roles`)
		}, map[int]int64{bob: 0}, map[int]bool{bob: false}},
	}
	sameRanks(t, db)
	sameFacilitators(t, db)
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.write(t)
			got := sameRanks(t, db)
			for id, want := range st.want {
				if got[id] != want {
					t.Errorf("account %d: belt_rank %d, want %d", id, got[id], want)
				}
			}
			flags := sameFacilitators(t, db)
			for id, want := range st.facilitators {
				if flags[id] != want {
					t.Errorf("account %d: facilitator %v, want %v", id, flags[id], want)
				}
			}
		})
	}
}

// Migrating a database whose accounts hold belts ranks them, flags its facilitators and keys
// their names: by the versioned migrations, and on SQLite by the adoption of a database made
// before them (ent's automatic migration adds the columns, empty).
func TestBeltRankMigrationRanksTheRolesThere(t *testing.T) {
	adopted(t, "belt_rank", func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		rowsOfAnEarlierRelease(t, db) // yellow belts in the space for on-1…, in no domain of theirs for old-…
		exec(t, db, `INSERT INTO account_roles (role, domain, created_at, account_id)
				SELECT 'blue', 'counted/program:7', CURRENT_TIMESTAMP, id FROM accounts WHERE email_key LIKE 'on-1%'
				UNION ALL SELECT 'green', 'counted', CURRENT_TIMESTAMP, id FROM accounts WHERE email_key = 'on-12@example.org'
				UNION ALL SELECT 'white', 'counted', CURRENT_TIMESTAMP, id FROM accounts WHERE email_key = 'on-12@example.org'`)
		// Names keyed before the names' key existed.
		exec(t, db, `UPDATE accounts SET first_name_key = ' f', last_name_key = ' n' || id`)
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		if sameNamesKeys(t, db) == 0 {
			t.Error("no account")
		}
		var unkeyed int
		if err := db.SQL.QueryRowContext(ctx, `SELECT COUNT(*) FROM accounts WHERE names_key NOT LIKE ' f n%'`).Scan(&unkeyed); err != nil || unkeyed != 0 {
			t.Errorf("%d accounts without their names' key (%v)", unkeyed, err)
		}
		byRank := map[int64]int{}
		for _, r := range sameRanks(t, db) {
			byRank[r]++
		}
		// on-1 and on-10 … on-19 are yellow, on-12 green; the others hold no belt of their space.
		if want := map[int64]int{0: 50 - 11, 2: 10, 4: 1}; !maps.Equal(byRank, want) {
			t.Errorf("accounts by rank: %v, want %v", byRank, want)
		}
		// The on-… accounts are facilitators of their space; the old-… ones of a scope of it only.
		var on, flagged int
		if err := db.SQL.QueryRowContext(ctx, `SELECT COUNT(*) FROM accounts WHERE email_key LIKE 'on-%'`).Scan(&on); err != nil {
			t.Fatal(err)
		}
		for _, f := range sameFacilitators(t, db) {
			if f {
				flagged++
			}
		}
		if flagged != on || on == 0 {
			t.Errorf("%d facilitators flagged, want %d", flagged, on)
		}
		exec(t, db, `DELETE FROM account_roles WHERE role = 'green'`)
		exec(t, db, `INSERT INTO account_roles (role, domain, created_at, account_id)
				SELECT 'orange', 'counted', CURRENT_TIMESTAMP, id FROM accounts WHERE email_key = 'old-3@example.org'`)
		sameRanks(t, db)
		sameFacilitators(t, db)
	})
}

// Two transactions granting one account belts at once on PostgreSQL: the second, waiting for
// the first, ranks the account with both belts once the first commits, not with its own
// alone (what it read before waiting: without belt_rank_recount's lock, and
// account_roles_directory_belts's, it ranks 1). SQLite's writing transactions run one after
// another.
func TestBeltRankOfBeltsGrantedAtOnce(t *testing.T) {
	if !storetest.Postgres() {
		return // SQLite writes one transaction at a time (_txlock=immediate)
	}
	w := newWorld(t)
	db, sp := w.db, w.sp
	ctx := context.Background()
	id := w.pending(t, "both@example.org", nil)
	insert := `INSERT INTO account_roles (role, domain, created_at, account_id) VALUES ($1, $2, CURRENT_TIMESTAMP, $3)`
	first, err := db.SQL.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Rollback()
	if _, err := first.ExecContext(ctx, insert, "green", sp.Slug, id); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		second, err := db.SQL.BeginTx(ctx, nil)
		if err != nil {
			done <- err
			return
		}
		defer second.Rollback()
		if _, err := second.ExecContext(ctx, insert, "white", sp.Slug, id); err != nil {
			done <- err
			return
		}
		done <- second.Commit()
	}()
	// The second waits for the first's lock on the account.
	for deadline := time.Now().Add(30 * time.Second); ; {
		var waiting int
		if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid
			WHERE NOT l.granted AND a.datname = current_database()`).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		if waiting > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the second transaction never waited for the first")
		}
	}
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := sameRanks(t, db)[id]; got != 4 {
		t.Errorf("belt_rank %d after white and green granted at once, want 4 (green)", got)
	}
}
