// Package txn owns the unit of work every domain runs its operations in: one transaction,
// all written or nothing, and the actions that must follow it only once it has committed
// (waking the mail worker, emptying readers' cache).
package txn

import (
	"context"
	"fmt"

	"guichet/ent"
)

// A Signal is something a unit of work did that calls for an action once it commits; the
// action is the composition root's choice (Runner), the unit only says what happened.
type Signal int

const (
	// MailQueued: the unit wrote e-mail to the outbox (mail.Enqueue raises it).
	MailQueued Signal = iota
	// ContentChanged: the unit changed what readers of the help centers see.
	ContentChanged
	signals // how many there are
)

// Runner runs units of work on one database. Its fields are set when the application is
// wired, before any unit runs, and not changed after.
type Runner struct {
	Client *ent.Client
	// OnMailQueued runs after a unit that raised MailQueued commits (wakes the mail worker);
	// nil: nothing.
	OnMailQueued func()
	// OnContentChanged runs after a unit that raised ContentChanged commits (empties the
	// read cache); nil: nothing.
	OnContentChanged func()
}

// Run runs f in one transaction: it is rolled back when f returns an error or panics (the
// panic goes on), committed otherwise. Once it has committed, the actions f registered
// (AfterCommit) run in the order registered, then the Runner's action of each signal f
// raised, once however often it was raised. Nothing of this runs when it does not commit.
func (r *Runner) Run(ctx context.Context, f func(tx *ent.Tx) error) error {
	u := &unit{}
	tx, err := r.Client.Tx(context.WithValue(ctx, unitKey{}, u))
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback() // the panic says what went wrong
			panic(p)
		}
	}()
	if err := f(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (rollback: %v)", err, rerr)
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	for _, action := range u.after {
		action()
	}
	for s, on := range [signals]func(){MailQueued: r.OnMailQueued, ContentChanged: r.OnContentChanged} {
		if u.raised[s] && on != nil {
			on()
		}
	}
	return nil
}

// Run runs f in one transaction on client, as Runner.Run does, for operations that raise no
// signal the application reacts to.
func Run(ctx context.Context, client *ent.Client, f func(tx *ent.Tx) error) error {
	return (&Runner{Client: client}).Run(ctx, f)
}

// AfterCommit registers action to run once tx has committed, never when it is rolled back.
// In a unit of a Runner it runs when the unit ends; in a transaction opened otherwise, right
// after the commit.
func AfterCommit(tx *ent.Tx, action func()) {
	onCommit(tx, func(u *unit) { u.after = append(u.after, action) }, action)
}

// Raise tells the Runner of tx's unit that s happened: its action for s runs once the unit
// commits. In a transaction no Runner opened, nobody chose an action, and nothing runs.
func Raise(tx *ent.Tx, s Signal) {
	onCommit(tx, func(u *unit) { u.raised[s] = true }, func() {})
}

// unit is what a running unit of work was asked to do after it commits. The commit hooks
// fill it in (ent calls them with the context the transaction was opened with), just before
// the commit; the Runner acts on it only when the commit succeeded.
type unit struct {
	after  []func()
	raised [signals]bool
}

type unitKey struct{}

// onCommit hooks tx's commit: in a Runner's unit, note records the request in the unit
// before the commit (so in the order of registration); elsewhere, alone runs once the
// commit succeeded.
func onCommit(tx *ent.Tx, note func(*unit), alone func()) {
	tx.OnCommit(func(next ent.Committer) ent.Committer {
		return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
			if u, ok := ctx.Value(unitKey{}).(*unit); ok {
				note(u)
				return next.Commit(ctx, tx)
			}
			if err := next.Commit(ctx, tx); err != nil {
				return err
			}
			alone()
			return nil
		})
	})
}
