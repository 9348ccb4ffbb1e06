package registry_test

import (
	"slices"
	"strconv"
	"sync"
	"testing"

	"guichet/account"
	"guichet/ent"
	"guichet/ent/accountrole"
	"guichet/ent/auditevent"
	"guichet/ent/outboxmessage"
	"guichet/policy"
	"guichet/registry"
	"guichet/viewer"
)

// setManager moves the entity's manager's place as by would.
func (w *world) setManager(by *ent.Account, e *ent.Entity, a int) error {
	_, err := w.s.SetEntityManager(viewer.NewContext(w.ctx, w.as(by)), w.sp, w.as(by), e.ID, a)
	return err
}

// mails counts the messages of a template sent to an account.
func (w *world) mails(a *ent.Account, template string) int {
	return w.c.OutboxMessage.Query().Where(outboxmessage.ToAddress(a.Email), outboxmessage.Template(template)).CountX(w.ctx)
}

// managers are the accounts holding the manager's role in the entity's scope.
func (w *world) managers(e *ent.Entity) []int {
	return w.c.AccountRole.Query().Where(accountrole.Domain(policy.Scope(w.sp.Slug, registry.Scope(e.ID))),
		accountrole.Role(registry.RoleManager)).Select(accountrole.FieldAccountID).IntsX(w.ctx)
}

// Staff move an entity's manager's place to another ACTIVE account of the entity: it becomes
// the manager, the former manager a depositor, both are e-mailed, the move is audited. Nobody
// else may; an account of another entity, or not active, is refused, naming accountId.
func TestSetEntityManager(t *testing.T) {
	w := newWorld(t)
	claire := w.depositor(siretA, true) // A's manager once approved
	louis := w.depositor(siretA, true)  // an approved depositor of A
	marc := w.depositor(siretA, true)   // waits for approval
	nina := w.depositor(siretA, false)  // never activated
	rita := w.depositor(siretA, true)   // rejected
	olga := w.depositor(siretB, true)   // B's manager
	for _, d := range []struct {
		by, whom *ent.Account
		approve  bool
	}{{w.staff, claire, true}, {claire, louis, true}, {claire, rita, false}, {w.staff, olga, true}} {
		if err := w.decide(d.by, d.whom, d.approve); err != nil {
			t.Fatalf("deciding on %s: %s", d.whom.Email, outcome(err))
		}
	}
	admin, err := w.s.Accounts.Create(w.ctx, w.sp, account.CreateInput{Email: "admin@example.org", Password: pw,
		FirstName: "Ada", LastName: "Admin", Roles: []string{"admin"}})
	if err != nil {
		t.Fatal(err)
	}
	a, b := w.entityOf(claire), w.entityOf(olga)
	for _, tt := range []struct {
		name   string
		by     *ent.Account
		entity *ent.Entity
		whom   int
		want   string
		place  *ent.Account // A's manager after
	}{
		{"the manager cannot hand the place on themself", claire, a, louis.ID, "FORBIDDEN", claire},
		{"a depositor cannot", louis, a, louis.ID, "FORBIDDEN", claire},
		{"a space admin cannot either", admin, a, louis.ID, "FORBIDDEN", claire},
		{"an account of another entity", w.staff, a, olga.ID, "BAD_USER_INPUT accountId:ACCOUNT_NOT_IN_ENTITY", claire},
		{"an account that does not exist", w.staff, a, 999999, "BAD_USER_INPUT accountId:ACCOUNT_NOT_IN_ENTITY", claire},
		{"an account waiting for approval", w.staff, a, marc.ID, "BAD_USER_INPUT accountId:ACCOUNT_NOT_ACTIVE", claire},
		{"an account never activated", w.staff, a, nina.ID, "BAD_USER_INPUT accountId:ACCOUNT_NOT_ACTIVE", claire},
		{"a rejected account", w.staff, a, rita.ID, "BAD_USER_INPUT accountId:ACCOUNT_NOT_ACTIVE", claire},
		{"an entity that does not exist", w.staff, &ent.Entity{ID: 999999}, louis.ID, "NOT_FOUND ENTITY_NOT_FOUND", claire},
		{"staff give the place to a depositor", w.staff, a, louis.ID, "ok", louis},
		{"to the manager already: nothing moves", w.staff, a, louis.ID, "ok", louis},
		{"and back", w.staff, a, claire.ID, "ok", claire},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := outcome(w.setManager(tt.by, tt.entity, tt.whom)); got != tt.want {
				t.Fatalf("setting the manager: %s, want %s", got, tt.want)
			}
			if got := w.place(a); got != tt.place.Email {
				t.Fatalf("A's place is held by %q, want %q", got, tt.place.Email)
			}
			if got := w.managers(a); !slices.Equal(got, []int{tt.place.ID}) {
				t.Fatalf("A's managers by role: %v, want [%d]", got, tt.place.ID)
			}
			m, err := w.s.Manager(w.ctx, w.c.Entity.GetX(w.ctx, a.ID))
			if err != nil || m == nil || m.ID != tt.place.ID {
				t.Fatalf("A's manager: %v %v", m, err)
			}
		})
	}
	// Louis was made manager once, Claire handed the place once and took it back once.
	if got := w.rolesIn(louis, a); !slices.Equal(got, []string{registry.RoleDepositor}) {
		t.Fatalf("the former manager's roles: %v", got)
	}
	if got := w.rolesIn(claire, a); !slices.Equal(got, []string{registry.RoleManager}) {
		t.Fatalf("the manager's roles: %v", got)
	}
	for _, c := range []struct {
		who      *ent.Account
		template string
		want     int
	}{
		{louis, "entity_manager_designated", 1}, {louis, "entity_manager_replaced", 1},
		{claire, "entity_manager_designated", 1}, {claire, "entity_manager_replaced", 1},
		{olga, "entity_manager_replaced", 0},
	} {
		if got := w.mails(c.who, c.template); got != c.want {
			t.Errorf("%s got %d %s e-mails, want %d", c.who.Email, got, c.template, c.want)
		}
	}
	evs := w.c.AuditEvent.Query().Where(auditevent.Action(registry.EventManagerDesignated)).Order(ent.Asc(auditevent.FieldID)).AllX(w.ctx)
	if len(evs) != 2 || evs[0].ActorID == nil || *evs[0].ActorID != w.staff.ID || evs[0].Details["from"] != itoa(claire.ID) ||
		evs[0].Details["to"] != itoa(louis.ID) || evs[1].Details["to"] != itoa(claire.ID) {
		t.Fatalf("the moves are not audited as made: %+v", evs)
	}
	// The new manager decides on the entity's accounts; the former one no longer does.
	if err := w.setManager(w.staff, a, louis.ID); err != nil {
		t.Fatal(outcome(err))
	}
	if got := outcome(w.decide(claire, marc, true)); got != "FORBIDDEN NOT_YOUR_ENTITY" {
		t.Fatalf("the former manager approving: %s", got)
	}
	if err := w.decide(louis, marc, true); err != nil {
		t.Fatalf("the new manager approving: %s", outcome(err))
	}
	if w.place(b) != olga.Email {
		t.Fatal("B's place moved")
	}
}

// Two designations of an entity's manager at the same moment leave exactly one manager, by its
// place and by its role, run many times.
func TestSetEntityManagerRace(t *testing.T) {
	w := newWorld(t)
	const rounds = 8
	manager := w.depositor(siretA, true)
	if err := w.decide(w.staff, manager, true); err != nil {
		t.Fatal(outcome(err))
	}
	e := w.entityOf(manager)
	var candidates []*ent.Account
	for range 2 {
		c := w.depositor(siretA, true)
		if err := w.decide(w.staff, c, true); err != nil {
			t.Fatal(outcome(err))
		}
		candidates = append(candidates, c)
	}
	for round := range rounds {
		var wg sync.WaitGroup
		errs := make([]error, len(candidates))
		for i, c := range candidates {
			wg.Go(func() { errs[i] = w.setManager(w.staff, e, c.ID) })
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatalf("round %d: %s", round, outcome(err))
			}
		}
		holder := w.c.Entity.GetX(w.ctx, e.ID).ManagerID
		if holder == nil || !slices.ContainsFunc(candidates, func(c *ent.Account) bool { return c.ID == *holder }) {
			t.Fatalf("round %d: the place is held by %v", round, holder)
		}
		if got := w.managers(e); !slices.Equal(got, []int{*holder}) {
			t.Fatalf("round %d: managers by role %v, the place %d", round, got, *holder)
		}
		for _, a := range append([]*ent.Account{manager}, candidates...) {
			want := []string{registry.RoleDepositor}
			if a.ID == *holder {
				want = []string{registry.RoleManager}
			}
			if got := w.rolesIn(a, e); !slices.Equal(got, want) {
				t.Fatalf("round %d: %s holds %v, want %v", round, a.Email, got, want)
			}
		}
		// The next round starts from the other candidate's hands.
		other := candidates[0]
		if other.ID == *holder {
			other = candidates[1]
		}
		if err := w.setManager(w.staff, e, other.ID); err != nil {
			t.Fatal(outcome(err))
		}
	}
}

// Staff may reject an account that never activated its e-mail; the place of manager-to-be
// then passes on as for any rejection. An entity's manager still decides only on accounts
// waiting for approval, and nobody approves an account that never activated.
func TestRejectNeverActivated(t *testing.T) {
	w := newWorld(t)
	first := w.depositor(siretA, false) // A's manager-to-be, never activated
	second := w.depositor(siretA, true)
	third := w.depositor(siretA, false)
	a := w.entityOf(first)
	for _, tt := range []struct {
		name     string
		by, whom *ent.Account
		approve  bool
		want     string
		place    *ent.Account
	}{
		{"staff cannot approve an account never activated", w.staff, first, true, "CONFLICT ACCOUNT_NOT_PENDING", first},
		{"staff reject the manager-to-be never activated: the place passes on", w.staff, first, false, "ok", second},
		{"staff approve the new manager-to-be", w.staff, second, true, "ok", second},
		{"the manager cannot reject an account never activated", second, third, false, "CONFLICT ACCOUNT_NOT_PENDING", second},
		{"staff can", w.staff, third, false, "ok", second},
		{"rejecting twice", w.staff, third, false, "CONFLICT ACCOUNT_NOT_PENDING", second},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := outcome(w.decide(tt.by, tt.whom, tt.approve)); got != tt.want {
				t.Fatalf("deciding: %s, want %s", got, tt.want)
			}
			if got := w.place(a); got != tt.place.Email {
				t.Fatalf("the place is held by %q, want %q", got, tt.place.Email)
			}
		})
	}
	if n := w.mails(first, "account_rejected"); n != 1 {
		t.Fatalf("%d rejection e-mails to the rejected manager-to-be", n)
	}
	// A rejected account's activation link no longer activates it.
	if _, err := w.s.Accounts.Activate(w.ctx, w.sp, w.Link(first.Email, "activation")); err == nil {
		t.Fatal("a rejected account was activated by its old link")
	}
	if w.c.AuditEvent.Query().Where(auditevent.Action(registry.EventManagerPlaceHanded), auditevent.TargetID(second.ID)).CountX(w.ctx) != 1 {
		t.Fatal("the hand-over is not audited")
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
