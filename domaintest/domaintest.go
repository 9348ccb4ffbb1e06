// Package domaintest is the world a domain's rules are tested in, without HTTP or GraphQL: a
// database of its own, the real policy, a sealer, a clock the test moves, and the account
// service in the unit of work every domain shares. Each domain's tests build their service on
// it and add what their rules need (package community's, mentoring's and registry's
// world_test.go).
package domaintest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"guichet/account"
	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/outboxmessage"
	"guichet/mail"
	"guichet/password"
	"guichet/policy"
	"guichet/store"
	"guichet/store/storetest"
	"guichet/txn"
	"guichet/viewer"
)

// CheapHasher is argon2id at costs that keep a test's sign-ups fast.
var CheapHasher = password.Hasher{Params: password.Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}

// Password is the password of every account a world makes.
const Password = "Parapluie-Bleu-42"

// World is what every domain's rules run on.
type World struct {
	T      *testing.T
	Ctx    context.Context
	DB     *store.DB
	C      *ent.Client
	Policy *policy.Policy
	Sealer *mail.Sealer
	Txn    *txn.Runner
	// Accounts is the account service, on the world's clock.
	Accounts *account.Service
	// Now is the world's time: services read it through Clock; tests move it.
	Now time.Time

	people int // accounts made, for their addresses
}

// New makes a world on a new database.
func New(t *testing.T) *World {
	t.Helper()
	db := storetest.Open(t, t.TempDir())
	pol, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	sealer, err := mail.NewSealer(make([]byte, mail.KeySize))
	if err != nil {
		t.Fatal(err)
	}
	w := &World{T: t, Ctx: context.Background(), DB: db, C: db.Client, Policy: pol, Sealer: sealer,
		Txn: &txn.Runner{Client: db.Client}, Now: time.Now().UTC().Truncate(time.Second)}
	w.Accounts = &account.Service{Client: db.Client, Txn: w.Txn, Hasher: CheapHasher, Sealer: sealer, Policy: pol, Now: w.Clock}
	return w
}

// Clock is the world's time, for the services' Now.
func (w *World) Clock() time.Time { return w.Now }

// Person makes an active account of sp with space-wide roles (a belt is a role: "green").
func (w *World) Person(sp *ent.Space, roles ...string) *ent.Account {
	w.T.Helper()
	w.people++
	a, err := w.Accounts.Create(w.Ctx, sp, account.CreateInput{Email: fmt.Sprintf("p%d@example.org", w.people), Password: Password,
		FirstName: fmt.Sprintf("P%d", w.people), LastName: "Test", Roles: roles})
	if err != nil {
		w.T.Fatal(err)
	}
	return a
}

// As is the viewer of a signed-in account of sp, its roles read from the database as a
// request's are.
func (w *World) As(sp *ent.Space, a *ent.Account) *viewer.Viewer {
	w.T.Helper()
	roles, _, err := w.Accounts.RolesInSpace(w.Ctx, a.ID, sp.Slug)
	if err != nil {
		w.T.Fatal(err)
	}
	return &viewer.Viewer{SpaceID: sp.ID, AccountID: a.ID, Roles: roles, Client: "test"}
}

// Link is the token of the latest message of a template to an address, as its link carries it.
func (w *World) Link(to, template string) string {
	w.T.Helper()
	m, err := w.C.OutboxMessage.Query().Where(outboxmessage.ToAddress(to), outboxmessage.Template(template)).
		Order(ent.Desc(outboxmessage.FieldID)).First(w.Ctx)
	if err != nil || m.Sealed == nil {
		w.T.Fatalf("no %s message with a link to %s: %v", template, to, err)
	}
	token, err := w.Sealer.Open(*m.Sealed)
	if err != nil {
		w.T.Fatal(err)
	}
	return string(token)
}

// Mails counts the messages of a template queued to an address.
func (w *World) Mails(to, template string) int {
	return w.C.OutboxMessage.Query().Where(outboxmessage.ToAddress(to), outboxmessage.Template(template)).CountX(w.Ctx)
}

// Outcome names an answer as tests compare it: "ok", the error's code, and its reason or
// message id when it has one ("FORBIDDEN BELT_TOO_LOW"), or, for BAD_USER_INPUT, its
// violations ("BAD_USER_INPUT capacity:OUT_OF_RANGE").
func Outcome(err error) string {
	if err == nil {
		return "ok"
	}
	ae, ok := apperr.As(err)
	if !ok {
		return err.Error()
	}
	out := ae.Code
	if ae.Code == apperr.BadUserInput {
		for _, v := range ae.Violations {
			out += " " + v.Field + ":" + v.Code
		}
		return out
	}
	switch {
	case ae.Reason != "":
		out += " " + ae.Reason
	case ae.MessageID != "":
		out += " " + ae.MessageID
	}
	return out
}
