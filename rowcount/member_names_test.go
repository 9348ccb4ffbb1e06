package rowcount_test

import (
	"context"
	"maps"
	"testing"
	"time"

	"guichet/account"
	entaccount "guichet/ent/account"
	"guichet/ent/privacy"
	"guichet/ent/space"
	"guichet/locales"
	"guichet/password"
	"guichet/store"
	"guichet/store/storetest"
)

// membership is what a membership row holds of its account.
type membership struct {
	name string
	rank int64
}

// membersAfresh is each membership's display_name and belt_rank as kept, and as the group's
// page read them through a join before: its account's first_name || ' ' || last_name, and its
// account's belt counted afresh from its roles (rankedAfresh).
func membersAfresh(t *testing.T, db *store.DB) (kept, afresh map[int]membership) {
	t.Helper()
	_, ranks := rankedAfresh(t, db)
	rows, err := db.SQL.QueryContext(context.Background(), `SELECT m.id, m.display_name, m.belt_rank, a.id, a.first_name, a.last_name
		FROM local_group_members AS m JOIN accounts AS a ON a.id = m.account_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	kept, afresh = map[int]membership{}, map[int]membership{}
	for rows.Next() {
		var id, accountID int
		var k membership
		var first, last string
		if err := rows.Scan(&id, &k.name, &k.rank, &accountID, &first, &last); err != nil {
			t.Fatal(err)
		}
		kept[id], afresh[id] = k, membership{first + " " + last, ranks[accountID]}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return kept, afresh
}

// sameMembers fails unless every membership's display_name and belt_rank are its account's,
// and returns them.
func sameMembers(t *testing.T, db *store.DB) map[int]membership {
	t.Helper()
	kept, afresh := membersAfresh(t, db)
	for id, want := range afresh {
		if kept[id] != want {
			t.Errorf("membership %d: kept %+v, its account has %+v", id, kept[id], want)
		}
	}
	return kept
}

// memberOf is the membership of an account in a group as kept.
func memberOf(t *testing.T, db *store.DB, group, accountID int) membership {
	t.Helper()
	var m membership
	if err := db.SQL.QueryRowContext(context.Background(), db.Rebind(`SELECT display_name, belt_rank FROM local_group_members
		WHERE group_id = ? AND account_id = ?`), group, accountID).Scan(&m.name, &m.rank); err != nil {
		t.Fatalf("membership of %d in %d: %v", accountID, group, err)
	}
	return m
}

// local_group_members.display_name and belt_rank follow every write to the memberships, to
// the accounts' names and, through accounts.belt_rank, to their belts, in the services or in
// plain SQL; a rolled-back transaction leaves them as they were, and writing them changes no
// count the database keeps.
func TestMemberNamesFollowEveryWrite(t *testing.T) {
	w := newWorld(t)
	db, sp := w.db, w.sp
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	other := db.Client.Space.Create().SetSlug("elsewhere").SetNameFr("E").SetNameEn("E").SetDefaultLocale(locales.FR).
		SetApproval(space.ApprovalStaff).SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).SaveX(ctx)
	ana, bob, cyd := w.pending(t, "ana@example.org", nil), w.pending(t, "bob@example.org", nil), w.pending(t, "cyd@example.org", nil)
	g1 := db.Client.LocalGroup.Create().SetSpaceID(sp.ID).SetNameFr("G1").SaveX(ctx).ID
	g2 := db.Client.LocalGroup.Create().SetSpaceID(sp.ID).SetNameFr("G2").SaveX(ctx).ID
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
	rename := func(t *testing.T, id int, first, last *string) {
		t.Helper()
		if _, err := w.accounts.UpdateProfile(ctx, sp, id, account.ProfileInput{FirstName: first, LastName: last}, "client"); err != nil {
			t.Fatal(err)
		}
	}
	str := func(s string) *string { return &s }
	type want struct {
		group, account int
		membership
	}
	steps := []struct {
		name  string
		write func(t *testing.T)
		want  []want // some memberships, beside every one's agreeing with its account
	}{
		{"accounts named", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET first_name = 'Ana', last_name = 'Arc' WHERE id = ?`, ana)
			exec(t, db, `UPDATE accounts SET first_name = 'Bob', last_name = 'Bel' WHERE id = ?`, bob)
		}, nil},
		{"groups joined as joinGroup does, and in plain SQL", func(t *testing.T) {
			db.Client.LocalGroupMember.Create().SetGroupID(g1).SetAccountID(ana).ExecX(ctx)
			db.Client.LocalGroupMember.Create().SetGroupID(g2).SetAccountID(ana).ExecX(ctx)
			exec(t, db, `INSERT INTO local_group_members (group_id, account_id, coordinator, joined_at) VALUES (?, ?, false, CURRENT_TIMESTAMP)`, g1, bob)
			exec(t, db, `INSERT INTO local_group_members (group_id, account_id, coordinator, joined_at) VALUES (?, ?, false, CURRENT_TIMESTAMP)`, g2, cyd)
		}, []want{{g1, ana, membership{"Ana Arc", 0}}, {g2, ana, membership{"Ana Arc", 0}}, {g1, bob, membership{"Bob Bel", 0}},
			{g2, cyd, membership{" ", 0}}}},
		{"a first name changed by updateProfile", func(t *testing.T) { rename(t, ana, str("Anna"), nil) },
			[]want{{g1, ana, membership{"Anna Arc", 0}}, {g2, ana, membership{"Anna Arc", 0}}}},
		{"a last name changed by updateProfile", func(t *testing.T) { rename(t, ana, nil, str("Arcq")) },
			[]want{{g1, ana, membership{"Anna Arcq", 0}}, {g2, ana, membership{"Anna Arcq", 0}}}},
		{"both names changed by updateProfile", func(t *testing.T) { rename(t, cyd, str("Cyd"), str("Cor")) },
			[]want{{g2, cyd, membership{"Cyd Cor", 0}}}},
		{"names written in plain SQL, kept as they are (untrimmed)", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET first_name = ' Bob ', last_name = '' WHERE id = ?`, bob)
		}, []want{{g1, bob, membership{" Bob  ", 0}}}},
		{"a name written unchanged, and another column of the account", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET first_name = first_name, last_name = last_name, belt_rank = belt_rank`)
			exec(t, db, `UPDATE accounts SET directory_listed = true WHERE id = ?`, ana)
		}, []want{{g1, ana, membership{"Anna Arcq", 0}}}},
		{"a white belt granted by the service (account_roles, then accounts.belt_rank)", func(t *testing.T) { grant(t, ana, "white") },
			[]want{{g1, ana, membership{"Anna Arcq", 1}}, {g2, ana, membership{"Anna Arcq", 1}}}},
		{"a green belt granted beside it", func(t *testing.T) { grant(t, ana, "green") },
			[]want{{g1, ana, membership{"Anna Arcq", 4}}}},
		{"a belt of another domain granted", func(t *testing.T) {
			exec(t, db, `INSERT INTO account_roles (role, domain, created_at, account_id) VALUES ('blue', ?, CURRENT_TIMESTAMP, ?)`, other.Slug, ana)
		}, []want{{g1, ana, membership{"Anna Arcq", 4}}}},
		{"the highest belt deleted", func(t *testing.T) {
			exec(t, db, `DELETE FROM account_roles WHERE account_id = ? AND role = 'green'`, ana)
		}, []want{{g1, ana, membership{"Anna Arcq", 1}}}},
		{"a belt changed into a higher one", func(t *testing.T) {
			exec(t, db, `UPDATE account_roles SET role = 'orange' WHERE account_id = ? AND role = 'white'`, ana)
		}, []want{{g2, ana, membership{"Anna Arcq", 3}}}},
		{"an account moved to another space, where it holds another belt, and back", func(t *testing.T) {
			exec(t, db, `UPDATE accounts SET space_id = ? WHERE id = ?`, other.ID, ana)
			if got := memberOf(t, db, g1, ana); got.rank != 5 {
				t.Errorf("in the other space: %+v, want the blue belt (5)", got)
			}
			exec(t, db, `UPDATE accounts SET space_id = ? WHERE id = ?`, sp.ID, ana)
		}, []want{{g1, ana, membership{"Anna Arcq", 3}}}},
		{"a membership moved to another account", func(t *testing.T) {
			exec(t, db, `UPDATE local_group_members SET account_id = ? WHERE group_id = ? AND account_id = ?`, cyd, g1, bob)
		}, []want{{g1, cyd, membership{"Cyd Cor", 0}}}},
		{"a membership's other columns written", func(t *testing.T) {
			exec(t, db, `UPDATE local_group_members SET coordinator = true WHERE group_id = ?`, g1)
		}, []want{{g1, cyd, membership{"Cyd Cor", 0}}}},
		{"the kept columns written alone (no count follows them)", func(t *testing.T) {
			before := kept(t, db)
			exec(t, db, `UPDATE local_group_members SET display_name = display_name, belt_rank = belt_rank`)
			if after := kept(t, db); !maps.Equal(after, before) {
				t.Errorf("writing display_name and belt_rank changed the counts:\nbefore %v\nafter  %v", before, after)
			}
		}, nil},
		{"accounts, their belts and memberships inserted in bulk, then renamed in bulk", func(t *testing.T) {
			storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "bulk", string(entaccount.StatusACTIVE), "yellow", 20)
			exec(t, db, `UPDATE accounts SET first_name = 'B', last_name = email WHERE email_key LIKE 'bulk-%'`)
			exec(t, db, `INSERT INTO local_group_members (group_id, account_id, coordinator, joined_at)
				SELECT ?, id, false, CURRENT_TIMESTAMP FROM accounts WHERE email_key LIKE 'bulk-%'`, g1)
			ids, err := db.Client.Account.Query().Where(entaccount.EmailKeyHasPrefix("bulk-1")).IDs(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range ids {
				db.Client.LocalGroupMember.Create().SetGroupID(g2).SetAccountID(id).ExecX(ctx)
			}
			if m := memberOf(t, db, g2, ids[0]); m.rank != 2 || m.name == "" {
				t.Errorf("a bulk account's membership: %+v", m)
			}
			exec(t, db, `UPDATE accounts SET last_name = 'Bulk' WHERE email_key LIKE 'bulk-%'`)
			grant(t, ids[0], "blue")
		}, nil},
		{"a rename and a belt rolled back", func(t *testing.T) {
			before, _ := membersAfresh(t, db)
			tx, err := db.Client.Tx(ctx)
			if err != nil {
				t.Fatal(err)
			}
			tx.Account.UpdateOneID(ana).SetFirstName("Zoé").ExecX(ctx)
			if err := account.Grant(ctx, tx, cyd, "blue", sp.Slug); err != nil {
				t.Fatal(err)
			}
			if err := tx.Rollback(); err != nil {
				t.Fatal(err)
			}
			if after, _ := membersAfresh(t, db); !maps.Equal(after, before) {
				t.Errorf("a rolled-back transaction changed the memberships:\nbefore %v\nafter  %v", before, after)
			}
		}, []want{{g1, ana, membership{"Anna Arcq", 3}}, {g1, cyd, membership{"Cyd Cor", 0}}}},
		{"every role deleted at once (TRUNCATE on PostgreSQL)", func(t *testing.T) {
			if storetest.Postgres() {
				exec(t, db, `TRUNCATE account_roles`)
				return
			}
			exec(t, db, `DELETE FROM account_roles`)
		}, []want{{g1, ana, membership{"Anna Arcq", 0}}}},
		{"memberships left", func(t *testing.T) {
			exec(t, db, `DELETE FROM local_group_members WHERE group_id = ? AND account_id = ?`, g2, ana)
		}, []want{{g1, ana, membership{"Anna Arcq", 0}}}},
	}
	sameMembers(t, db)
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.write(t)
			if len(sameMembers(t, db)) == 0 && st.want != nil {
				t.Error("no membership")
			}
			sameRanks(t, db)
			sameCounts(t, db)
			for _, m := range st.want {
				if got := memberOf(t, db, m.group, m.account); got != m.membership {
					t.Errorf("account %d in group %d: %+v, want %+v", m.account, m.group, got, m.membership)
				}
			}
		})
	}
}

// Migrating a database whose accounts are in groups copies their names and belts into the
// memberships: by the versioned migrations, and on SQLite by the adoption of a database made
// before them (ent's automatic migration adds the columns, empty).
func TestMemberNamesMigrationCopiesTheAccountsThere(t *testing.T) {
	adopted(t, "member_names", func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		rowsOfAnEarlierRelease(t, db) // yellow belts in the space for on-1…
		exec(t, db, `UPDATE accounts SET first_name = 'F', last_name = email_key WHERE email_key LIKE 'on-%'`)
		exec(t, db, `UPDATE accounts SET first_name = 'Old' WHERE email_key LIKE 'old-%'`)
		exec(t, db, `INSERT INTO local_groups (id, space_id, name_fr, name_en, description_fr, description_en, city, region, created_at)
				VALUES (3, 1, 'G', 'G', '', '', '', '', CURRENT_TIMESTAMP), (4, 1, 'H', 'H', '', '', '', '', CURRENT_TIMESTAMP)`)
		exec(t, db, `INSERT INTO local_group_members (group_id, account_id, coordinator, joined_at)
				SELECT 3, id, false, CURRENT_TIMESTAMP FROM accounts
				UNION ALL SELECT 4, id, true, CURRENT_TIMESTAMP FROM accounts WHERE email_key LIKE 'on-%'`)
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		byRank, named := map[int64]int{}, 0
		for _, m := range sameMembers(t, db) {
			byRank[m.rank]++
			if m.name != " " {
				named++
			}
		}
		// 50 members of group 3 and on-1 … on-20 in group 4: on-1 and on-10 … on-19 are yellow.
		if want := map[int64]int{0: 70 - 22, 2: 22}; !maps.Equal(byRank, want) {
			t.Errorf("memberships by rank: %v, want %v", byRank, want)
		}
		if named != 70 {
			t.Errorf("%d memberships named, want 70", named)
		}
		exec(t, db, `UPDATE accounts SET last_name = 'Renamed' WHERE email_key LIKE 'old-1%'`)
		exec(t, db, `INSERT INTO account_roles (role, domain, created_at, account_id)
				SELECT 'orange', 'counted', CURRENT_TIMESTAMP, id FROM accounts WHERE email_key = 'on-3@example.org'`)
		exec(t, db, `INSERT INTO local_group_members (group_id, account_id, coordinator, joined_at)
				SELECT 4, id, false, CURRENT_TIMESTAMP FROM accounts WHERE email_key = 'old-3@example.org'`)
		sameMembers(t, db)
	})
}

// A join and a rename of the same account at once on PostgreSQL, in either order: the
// membership holds the name committed last. local_group_members_names reads the account FOR
// SHARE, so that the join waits for a rename begun before it and a rename begun after it waits
// for the join (the foreign key's KEY SHARE lock alone lets the rename through, and the
// membership keeps the former name). SQLite's writing transactions run one after another.
func TestMemberNamesOfAJoinDuringARename(t *testing.T) {
	if !storetest.Postgres() {
		return // SQLite writes one transaction at a time (_txlock=immediate)
	}
	join := `INSERT INTO local_group_members (group_id, account_id, coordinator, joined_at) VALUES ($1, $2, false, CURRENT_TIMESTAMP)`
	rename := `UPDATE accounts SET first_name = 'Renamed' WHERE id = $1`
	for _, c := range []struct {
		name          string
		first, second string
	}{
		{"the rename first", rename, join},
		{"the join first", join, rename},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newWorld(t)
			db, sp := w.db, w.sp
			ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
			id := w.pending(t, "both@example.org", nil)
			group := db.Client.LocalGroup.Create().SetSpaceID(sp.ID).SetNameFr("G").SaveX(ctx).ID
			args := func(q string) []any {
				if q == join {
					return []any{group, id}
				}
				return []any{id}
			}
			first, err := db.SQL.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer first.Rollback()
			if _, err := first.ExecContext(ctx, c.first, args(c.first)...); err != nil {
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
				if _, err := second.ExecContext(ctx, c.second, args(c.second)...); err != nil {
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
			if got := memberOf(t, db, group, id); got.name != "Renamed " {
				t.Errorf("the membership holds %q, want the name committed (%q)", got.name, "Renamed ")
			}
			sameMembers(t, db)
		})
	}
}
