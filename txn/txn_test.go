package txn_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"guichet/ent"
	entspace "guichet/ent/space"
	"guichet/locales"
	"guichet/mail"
	"guichet/password"
	"guichet/store/storetest"
	"guichet/txn"
)

var (
	errRefused  = errors.New("refused by the unit")
	errNoCommit = errors.New("the commit failed")
)

// A unit of work writes all or nothing, and what follows it runs only after a commit, once.
func TestRunner(t *testing.T) {
	ctx := context.Background()
	db := storetest.Open(t, t.TempDir())
	cases := []struct {
		name string
		// unit writes the space slug and asks for what must follow the commit.
		unit      func(tx *ent.Tx, slug string, log func(string)) error
		wantErr   error
		wantPanic any
		wantSaved bool
		wantLog   []string // what ran after the unit, in order
	}{
		{
			name: "commits, then runs the actions in order and each raised signal once",
			unit: func(tx *ent.Tx, slug string, log func(string)) error {
				txn.AfterCommit(tx, func() { log("first") })
				txn.Raise(tx, txn.ContentChanged)
				txn.Raise(tx, txn.MailQueued)
				txn.AfterCommit(tx, func() { log("second") })
				txn.Raise(tx, txn.MailQueued)
				return createSpace(tx, slug)
			},
			wantSaved: true,
			wantLog:   []string{"first saw it", "second saw it", "mail saw it", "content saw it"},
		},
		{
			name:      "commits without anything to follow",
			unit:      func(tx *ent.Tx, slug string, log func(string)) error { return createSpace(tx, slug) },
			wantSaved: true,
		},
		{
			name: "queuing e-mail wakes the mail worker once, however many are queued",
			unit: func(tx *ent.Tx, slug string, log func(string)) error {
				if err := createSpace(tx, slug); err != nil {
					return err
				}
				for _, to := range []string{"ada@example.org", "grace@example.org"} {
					if err := mail.Enqueue(ctx, tx, nil, mail.Message{To: to, Locale: locales.FR,
						Template: "password_changed", Data: map[string]string{mail.DataSpaceName: "Démo"}}); err != nil {
						return err
					}
				}
				return nil
			},
			wantSaved: true,
			wantLog:   []string{"mail saw it"},
		},
		{
			name: "rolls back on an error, and nothing follows",
			unit: func(tx *ent.Tx, slug string, log func(string)) error {
				txn.AfterCommit(tx, func() { log("after") })
				txn.Raise(tx, txn.MailQueued)
				if err := createSpace(tx, slug); err != nil {
					return err
				}
				return errRefused
			},
			wantErr: errRefused,
		},
		{
			name: "rolls back on a panic, which goes on, and nothing follows",
			unit: func(tx *ent.Tx, slug string, log func(string)) error {
				txn.AfterCommit(tx, func() { log("after") })
				txn.Raise(tx, txn.ContentChanged)
				if err := createSpace(tx, slug); err != nil {
					return err
				}
				panic("the unit broke")
			},
			wantPanic: "the unit broke",
		},
		{
			name: "nothing follows a commit that fails",
			unit: func(tx *ent.Tx, slug string, log func(string)) error {
				txn.AfterCommit(tx, func() { log("after") })
				txn.Raise(tx, txn.MailQueued)
				// The database refusing the commit, as a deferred constraint would: the
				// transaction is rolled back and Commit reports it.
				tx.OnCommit(func(ent.Committer) ent.Committer {
					return ent.CommitFunc(func(context.Context, *ent.Tx) error {
						if err := tx.Rollback(); err != nil {
							return err
						}
						return errNoCommit
					})
				})
				return createSpace(tx, slug)
			},
			wantErr: errNoCommit,
		},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			slug := "unit-" + string(rune('a'+i))
			var got []string
			// Each action tells whether another connection already sees the unit's write:
			// only a committed write is seen.
			log := func(what string) {
				seen, err := db.Client.Space.Query().Where(entspace.Slug(slug)).Exist(ctx)
				if err != nil {
					t.Error(err)
				}
				if seen {
					what += " saw it"
				}
				got = append(got, what)
			}
			r := &txn.Runner{Client: db.Client,
				OnMailQueued:     func() { log("mail") },
				OnContentChanged: func() { log("content") }}
			var err error
			recovered := func() (p any) {
				defer func() { p = recover() }()
				err = r.Run(ctx, func(tx *ent.Tx) error { return tc.unit(tx, slug, log) })
				return nil
			}()
			// Committed or rolled back, the transaction is over: its connection went back.
			if inUse := db.SQL.Stats().InUse; inUse != 0 {
				t.Errorf("%d connections still held after the unit", inUse)
			}
			if recovered != tc.wantPanic {
				t.Errorf("panic: got %v, want %v", recovered, tc.wantPanic)
			}
			if !errors.Is(err, tc.wantErr) || (err == nil) != (tc.wantErr == nil) {
				t.Errorf("error: got %v, want %v", err, tc.wantErr)
			}
			saved, qerr := db.Client.Space.Query().Where(entspace.Slug(slug)).Exist(ctx)
			if qerr != nil {
				t.Fatal(qerr)
			}
			if saved != tc.wantSaved {
				t.Errorf("saved: got %v, want %v", saved, tc.wantSaved)
			}
			if !slices.Equal(got, tc.wantLog) {
				t.Errorf("after the unit: got %q, want %q", got, tc.wantLog)
			}
		})
	}
}

// In a transaction a Runner did not open, an action registered runs once it commits and not
// when it is rolled back; a signal has nobody to act on it.
func TestAfterCommitOutsideARunner(t *testing.T) {
	ctx := context.Background()
	db := storetest.Open(t, t.TempDir())
	for _, tc := range []struct {
		name    string
		commit  bool
		wantRan int
	}{
		{"committed", true, 1},
		{"rolled back", false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx, err := db.Client.Tx(ctx)
			if err != nil {
				t.Fatal(err)
			}
			ran := 0
			txn.AfterCommit(tx, func() { ran++ })
			txn.Raise(tx, txn.MailQueued)
			if tc.commit {
				err = tx.Commit()
			} else {
				err = tx.Rollback()
			}
			if err != nil {
				t.Fatal(err)
			}
			if ran != tc.wantRan {
				t.Errorf("the action ran %d times, want %d", ran, tc.wantRan)
			}
		})
	}
}

func createSpace(tx *ent.Tx, slug string) error {
	return tx.Space.Create().SetSlug(slug).SetNameFr("Démo").SetNameEn("Demo").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 12}).
		Exec(context.Background())
}
