package community

import (
	"context"
	"testing"

	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/password"
	"guichet/store"
	"guichet/store/storetest"
)

// grownSpace is a store of its own with the space "facilitators" and n active facilitators
// (storetest.GrowAccounts' "many…"), read and written with every privacy decision allowed.
func grownSpace(t *testing.T, n int) (*store.DB, context.Context, *ent.Space) {
	t.Helper()
	db := storetest.Open(t, t.TempDir())
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	sp := db.Client.Space.Create().SetSlug("facilitators").SetNameFr("F").SetNameEn("F").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 12}).SaveX(ctx)
	storetest.GrowAccounts(t, db, sp.ID, sp.Slug, "many", string(entaccount.StatusACTIVE), "facilitator", n)
	return db, ctx, sp
}
