package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"guichet/apitest"
	entaccount "guichet/ent/account"
	"guichet/ent/entity"
)

// The entity's legal representative designates another manager: staff move the place to
// another ACTIVE account of the entity; the former manager becomes a depositor; both are
// e-mailed in their languages; the move is audited. Nobody else may, an account of another
// entity or not active is refused naming accountId, in the reader's language.
func TestRegistrySetEntityManager(t *testing.T) {
	env := apitest.New(t)
	kbis := proof("kbis.pdf", "application/pdf", pdfDoc)
	registerDepositor(t, env, depositorInput("claire@example.org", map[string]any{"entityName": "Atelier Olga", "locale": "FR"}), kbis).MustOK(t)
	registerDepositor(t, env, depositorInput("louis@example.org", map[string]any{"firstName": "Louis", "lastName": "Garnier", "locale": "EN"}), kbis).MustOK(t)
	registerDepositor(t, env, depositorInput("nina@example.org", map[string]any{"firstName": "Nina", "lastName": "Roux"}), kbis).MustOK(t)
	registerDepositor(t, env, depositorInput("paul@example.org", map[string]any{"siret": "44306184100047", "entityName": "Bureau Paul"}), kbis).MustOK(t)
	activate(t, env, "claire@example.org", "louis@example.org", "paul@example.org")
	st := bearer(staff(t, env, cert))
	claireID, louisID, ninaID, paulID := accountID(t, env, "claire@example.org"), accountID(t, env, "louis@example.org"),
		accountID(t, env, "nina@example.org"), accountID(t, env, "paul@example.org")
	env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": claireID}, st).MustOK(t)
	claire := signIn(t, env, "claire@example.org")
	env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": louisID}, claire).MustOK(t)
	entityID := registryOp(t, env, "MyEntity", nil, claire).MustOK(t).Str("me.entity.id")
	emailsTo(t, env)

	// Refusals: not staff; an account of another entity; one not active.
	if r := registryOp(t, env, "SetEntityManager", map[string]any{"entityId": entityID, "accountId": louisID}, claire); code(r) != "FORBIDDEN" {
		t.Fatalf("the manager hands the place on themself: %s", r.Body)
	}
	for _, tc := range []struct {
		name, account, lang, want string
	}{
		{"another entity's account", paulID, "en", "not one of the accounts of “Atelier Olga”"},
		{"another entity's account, in French", paulID, "fr", "n’est pas un compte de l’entité « Atelier Olga »"},
		{"an account never activated", ninaID, "en", "only a person who confirmed their e-mail address"},
		{"an account never activated, in French", ninaID, "fr", "seule une personne qui a confirmé son adresse e-mail"},
	} {
		r := registryOp(t, env, "SetEntityManager", map[string]any{"entityId": entityID, "accountId": tc.account}, with(st, "Accept-Language", tc.lang))
		if code(r) != "BAD_USER_INPUT" || !strings.HasPrefix(strings.Join(violations(r), " "), "accountId:") || !strings.Contains(r.Body2(), tc.want) {
			t.Fatalf("%s: %s", tc.name, r.Body)
		}
	}

	// Staff move the place to Louis.
	r := registryOp(t, env, "SetEntityManager", map[string]any{"entityId": entityID, "accountId": louisID}, st).MustOK(t)
	if r.Str("setEntityManager.entity.id") != entityID || r.Str("setEntityManager.entity.manager.id") != louisID ||
		r.Str("setEntityManager.entity.manager.displayName") != "Louis Garnier" {
		t.Fatalf("the new manager: %s", r.Body)
	}
	mail := emailsTo(t, env)
	if m := mail["louis@example.org"]; len(m) != 1 || !strings.Contains(m[0].Subject, "You now manage Atelier Olga") {
		t.Fatalf("the new manager's e-mail: %+v", m)
	}
	if m := mail["claire@example.org"]; len(m) != 1 || !strings.Contains(m[0].Subject, "Louis Garnier est désormais le gestionnaire de l’entité Atelier Olga") ||
		!strings.Contains(m[0].Text, "Votre compte reste actif") {
		t.Fatalf("the former manager's e-mail: %+v", m)
	}
	for email, roles := range map[string]string{"louis@example.org": "[entity-manager]", "claire@example.org": "[depositor]"} {
		me := registryOp(t, env, "MyEntity", nil, signIn(t, env, email)).MustOK(t)
		if fmt.Sprint(me.Get("me.roles")) != roles || me.Str("me.entity.manager.id") != louisID {
			t.Fatalf("%s's entity: %s", email, me.Body)
		}
	}
	log := env.Do(t, apitest.Request{Space: cert, Query: `{ auditLog(action: "entity.manager_designated") { totalCount edges { node { targetID details { key value } } } } }`, Header: st}).MustOK(t)
	if log.Int("auditLog.totalCount") != 1 || log.Str("auditLog.edges.0.node.targetID") != louisID || !strings.Contains(log.Body2(), claireID) {
		t.Fatalf("the move is not audited: %s", log.Body)
	}
	// The former manager no longer decides; the new one does.
	if r := registryOp(t, env, "PendingDepositors", nil, claire); code(r) != "FORBIDDEN" {
		t.Fatalf("the former manager reads the queue: %s", r.Body)
	}
}

// Staff may reject an account that never activated its e-mail: a manager-to-be's place then
// passes to the entity's next pending account.
func TestRegistryRejectNeverActivated(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	kbis := proof("kbis.pdf", "application/pdf", pdfDoc)
	registerDepositor(t, env, depositorInput("first@example.org", nil), kbis).MustOK(t)
	registerDepositor(t, env, depositorInput("second@example.org", nil), kbis).MustOK(t)
	activate(t, env, "second@example.org")
	st := bearer(staff(t, env, cert))
	firstID, secondID := accountID(t, env, "first@example.org"), accountID(t, env, "second@example.org")
	if r := env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": firstID}, st); code(r) != "CONFLICT" {
		t.Fatalf("approving an account never activated: %s", r.Body)
	}
	r := env.Op(t, "account.graphql", "RejectAccount", cert, map[string]any{"id": firstID, "reason": "Adresse inconnue du service."}, st).MustOK(t)
	if r.Str("rejectAccount.account.status") != "REJECTED" {
		t.Fatalf("rejecting an account never activated: %s", r.Body)
	}
	e := env.DB.Client.Entity.Query().Where(entity.SiretEQ("73282932000074")).OnlyX(ctx)
	if e.ManagerID == nil || itoa(*e.ManagerID) != secondID {
		t.Fatalf("the place did not pass on: %+v", e)
	}
	if s := env.DB.Client.Account.Query().Where(entaccount.Email("first@example.org")).OnlyX(ctx).Status; s != entaccount.StatusREJECTED {
		t.Fatalf("the rejected account is %s", s)
	}
}
