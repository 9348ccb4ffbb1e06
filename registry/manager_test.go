package registry_test

import (
	"slices"
	"testing"

	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/auditevent"
	"guichet/ent/entity"
	"guichet/ent/outboxmessage"
	"guichet/registry"
)

const (
	siretA     = "73282932000074"
	siretB     = "44306184100047"
	siretPoste = "35600000049837" // La Poste: valid by its digit sum, not by Luhn
	siretC     = "51234567800019"
)

// The first account of an entity becomes its manager-to-be: a registration creates the entity
// of its SIRET (spaces aside) or joins it, and takes the manager's place only when it is
// free; an entity without a SIRET is new each time. An entity keeps what its first
// registration said.
func TestFirstAccountOfAnEntityBecomesItsManager(t *testing.T) {
	w := newWorld(t)
	entities := map[string]*ent.Entity{} // by the name the table gives them
	for _, tt := range []struct {
		name    string
		siret   string
		change  func(*registryInput)
		entity  string // "new:X" for a new entity named X in the table, else the name of one met before
		manager bool   // takes the manager's place
		stored  string // the entity's name as stored
	}{
		{"the first registration of a SIRET", siretA, nil, "new:A", true, "Moreau Conseil"},
		{"the same SIRET", siretA, nil, "A", false, "Moreau Conseil"},
		{"the same SIRET typed with spaces", "732 829 320 00074", nil, "A", false, "Moreau Conseil"},
		{"… and with non-breaking spaces", "732\u00a0829\u00a0320\u00a000074", nil, "A", false, "Moreau Conseil"},
		{"another name and kind: the entity keeps its own", siretA, func(in *registryInput) {
			in.EntityName = ptr("Formations Moreau")
			in.EntityKind = ptr(entity.KindASSOCIATION)
		}, "A", false, "Moreau Conseil"},
		{"another SIRET, its name trimmed", siretB, func(in *registryInput) { in.EntityName = ptr("  Atelier Olga ") }, "new:B", true, "Atelier Olga"},
		{"La Poste's numbering", siretPoste, nil, "new:Poste", true, "Moreau Conseil"},
		{"no SIRET", "", withoutSiret, "new:C", true, "Association des Amis du Livre"},
		{"no SIRET, the same name: another entity", "", withoutSiret, "new:D", true, "Association des Amis du Livre"},
		{"no SIRET, a number typed anyway: ignored", siretA, withoutSiret, "new:E", true, "Association des Amis du Livre"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := w.register(w.registration(tt.siret, tt.change))
			if err != nil {
				t.Fatalf("registering: %s", outcome(err))
			}
			e := w.entityOf(a)
			if name, ok := cutPrefix(tt.entity, "new:"); ok {
				for n, other := range entities {
					if other.ID == e.ID {
						t.Fatalf("joined %s, want a new entity", n)
					}
				}
				entities[name] = e
			} else if entities[tt.entity].ID != e.ID {
				t.Fatalf("entity %d, want %s (%d)", e.ID, tt.entity, entities[tt.entity].ID)
			}
			if holds := e.ManagerID != nil && *e.ManagerID == a.ID; holds != tt.manager {
				t.Fatalf("holds the manager's place: %v, want %v (place: %q)", holds, tt.manager, w.place(e))
			}
			if e.Name != tt.stored {
				t.Fatalf("the entity is named %q, want %q", e.Name, tt.stored)
			}
			if e.Siret != nil && *e.Siret != siretA && *e.Siret != siretB && *e.Siret != siretPoste {
				t.Fatalf("the SIRET is stored as %q", *e.Siret)
			}
			place := "member"
			if tt.manager {
				place = "manager-to-be"
			}
			ev := w.c.AuditEvent.Query().Where(auditevent.Action(registry.EventDepositorRegistered), auditevent.TargetID(a.ID)).OnlyX(w.ctx)
			if ev.Details["place"] != place {
				t.Fatalf("audited as %q, want %q", ev.Details["place"], place)
			}
		})
	}
	if n := w.c.Entity.Query().Where(entity.SiretEQ(siretA)).CountX(w.ctx); n != 1 {
		t.Fatalf("%d entities with one SIRET", n)
	}
}

type registryInput = registry.DepositorInput

func withoutSiret(in *registryInput) {
	no := false
	in.HasSiret = &no
	in.EntityName = ptr("Association des Amis du Livre")
	in.Address = &registry.Address{Line1: ptr("3 rue des Lilas"), PostalCode: ptr("69003"), City: ptr("Lyon")}
}

func ptr[T any](v T) *T { return &v }

func cutPrefix(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && s[:len(prefix)] == prefix {
		return s[len(prefix):], true
	}
	return s, false
}

// Who decides on an entity's accounts: staff on every one, and alone on its manager-to-be,
// who becomes its manager; the manager on its later accounts, who become depositors; nobody
// else.
func TestWhoDecidesOnAnEntitysAccounts(t *testing.T) {
	w := newWorld(t)
	claire := w.depositor(siretA, true) // holds A's place
	louis := w.depositor(siretA, true)
	marc := w.depositor(siretA, true)
	anna := w.depositor(siretA, true)
	olga := w.depositor(siretB, true) // holds B's place
	paul := w.depositor(siretB, true)
	a, b := w.entityOf(claire), w.entityOf(olga)
	for _, tt := range []struct {
		name     string
		by, whom *ent.Account
		approve  bool
		want     string
		roles    []string // whom's roles in their entity after
	}{
		{"a pending account approving its manager-to-be", louis, claire, true, "FORBIDDEN MANAGER_APPROVED_BY_STAFF", nil},
		{"a manager-to-be approving a member before being approved", claire, louis, true, "FORBIDDEN NOT_YOUR_ENTITY", nil},
		{"staff approve the manager-to-be: the manager", w.staff, claire, true, "ok", []string{registry.RoleManager}},
		{"the manager approves a member: a depositor", claire, louis, true, "ok", []string{registry.RoleDepositor}},
		{"a depositor approving another member", louis, marc, true, "FORBIDDEN NOT_YOUR_ENTITY", nil},
		{"another entity's manager-to-be", claire, olga, true, "FORBIDDEN MANAGER_APPROVED_BY_STAFF", nil},
		{"another entity's member", claire, paul, false, "FORBIDDEN NOT_YOUR_ENTITY", nil},
		{"the manager rejects a member", claire, marc, false, "ok", nil},
		{"deciding twice", claire, marc, true, "CONFLICT ACCOUNT_NOT_PENDING", nil},
		{"staff approve a member: a depositor", w.staff, anna, true, "ok", []string{registry.RoleDepositor}},
		{"staff approve B's manager-to-be", w.staff, olga, true, "ok", []string{registry.RoleManager}},
		{"B's manager approves B's member", olga, paul, true, "ok", []string{registry.RoleDepositor}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := outcome(w.decide(tt.by, tt.whom, tt.approve)); got != tt.want {
				t.Fatalf("deciding: %s, want %s", got, tt.want)
			}
			if got := w.rolesIn(tt.whom, w.entityOf(tt.whom)); !slices.Equal(got, tt.roles) {
				t.Fatalf("roles in the entity: %v, want %v", got, tt.roles)
			}
		})
	}
	if w.place(a) != claire.Email || w.place(b) != olga.Email {
		t.Fatalf("the places: %q %q", w.place(a), w.place(b))
	}
	manager, err := w.s.Manager(w.ctx, w.c.Entity.GetX(w.ctx, a.ID))
	if err != nil || manager == nil || manager.ID != claire.ID {
		t.Fatalf("A's manager: %v %v", manager, err)
	}
	if n := w.c.OutboxMessage.Query().Where(outboxmessage.ToAddress(claire.Email), outboxmessage.Template("entity_manager_approved")).CountX(w.ctx); n != 1 {
		t.Fatalf("%d entity_manager_approved e-mails to the new manager", n)
	}
	// The manager is told of each account of the entity that waits for them once activated.
	if n := w.c.OutboxMessage.Query().Where(outboxmessage.ToAddress(claire.Email), outboxmessage.Template("depositor_to_approve")).CountX(w.ctx); n != 0 {
		t.Fatalf("a manager-to-be was told of accounts to approve: %d", n)
	}
	late := w.depositor(siretA, true)
	if n := w.c.OutboxMessage.Query().Where(outboxmessage.ToAddress(claire.Email), outboxmessage.Template("depositor_to_approve")).CountX(w.ctx); n != 1 {
		t.Fatalf("the manager was told %d times of %s", n, late.Email)
	}
	// A manager-to-be is never approved by an entity manager, even one given the role by hand.
	byHand := w.depositor(siretB, true)
	scope := registry.Scope(a.ID)
	if _, err := w.s.Accounts.GrantRole(w.ctx, w.sp, w.staff.ID, byHand.ID, registry.RoleManager, &scope, "test"); err != nil {
		t.Fatal(err)
	}
	fresh := w.depositor(siretC, true) // holds a new entity's place
	if outcome(w.decide(byHand, late, true)) != "ok" {
		t.Fatal("a manager by hand approves the entity's members")
	}
	if got := outcome(w.decide(byHand, fresh, true)); got != "FORBIDDEN MANAGER_APPROVED_BY_STAFF" {
		t.Fatalf("a manager-to-be approved by a manager: %s", got)
	}
}

// Rejecting the manager-to-be hands the place to the entity's oldest account still pending
// (activated or not); with none, the place is free and the next registration takes it.
// Rejecting anyone else leaves the place.
func TestHandOverOnRejection(t *testing.T) {
	type step struct {
		reject, approve int    // account index to decide on (staff), -1 for none
		register        bool   // a new registration instead
		place           string // the holder after: "a0", "a1"…, "new" (the registration), "" free
	}
	for _, tt := range []struct {
		name      string
		activated []bool // the entity's accounts, in order of registration
		steps     []step
	}{
		{"down the line, then free, then the next registration", []bool{true, true, true}, []step{
			{reject: 0, approve: -1, place: "a1"},
			{reject: 1, approve: -1, place: "a2"},
			{reject: 2, approve: -1, place: ""},
			{reject: -1, approve: -1, register: true, place: "new"},
		}},
		{"an account not activated yet is next in line", []bool{true, false, true}, []step{
			{reject: 0, approve: -1, place: "a1"},
		}},
		{"rejecting a member leaves the place", []bool{true, true, true}, []step{
			{reject: 2, approve: -1, place: "a0"},
			{reject: 1, approve: -1, place: "a0"},
		}},
		{"an approved depositor is not in line", []bool{true, true}, []step{
			{reject: -1, approve: 1, place: "a0"},
			{reject: 0, approve: -1, place: ""},
			{reject: -1, approve: -1, register: true, place: "new"},
		}},
		{"a rejected account is not in line", []bool{true, true, true}, []step{
			{reject: 1, approve: -1, place: "a0"},
			{reject: 0, approve: -1, place: "a2"},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			var accounts []*ent.Account
			for _, act := range tt.activated {
				accounts = append(accounts, w.depositor(siretA, act))
			}
			e := w.entityOf(accounts[0])
			name := func(email string) string {
				for i, a := range accounts {
					if a.Email == email {
						return "a" + string(rune('0'+i))
					}
				}
				if email != "" {
					return "new"
				}
				return ""
			}
			for i, st := range tt.steps {
				holder := w.c.Entity.GetX(w.ctx, e.ID).ManagerID
				switch {
				case st.reject >= 0:
					if err := w.decide(w.staff, accounts[st.reject], false); err != nil {
						t.Fatalf("step %d: rejecting a%d: %s", i, st.reject, outcome(err))
					}
				case st.approve >= 0:
					if err := w.decide(w.staff, accounts[st.approve], true); err != nil {
						t.Fatalf("step %d: approving a%d: %s", i, st.approve, outcome(err))
					}
				case st.register:
					w.depositor(siretA, false)
				}
				if got := name(w.place(e)); got != st.place {
					t.Fatalf("step %d: the place is %q, want %q", i, got, st.place)
				}
				handed := w.c.AuditEvent.Query().Where(auditevent.Action(registry.EventManagerPlaceHanded)).CountX(w.ctx)
				if st.reject >= 0 && holder != nil && *holder == accounts[st.reject].ID && handed == 0 {
					t.Fatalf("step %d: the hand-over is not audited", i)
				}
			}
			// Whoever holds the place now is pending or was approved as the manager, never a
			// rejected account.
			if h := w.c.Entity.GetX(w.ctx, e.ID).ManagerID; h != nil {
				if s := w.c.Account.GetX(w.ctx, *h).Status; s == entaccount.StatusREJECTED {
					t.Fatalf("the place is held by a rejected account")
				}
			}
		})
	}
}
