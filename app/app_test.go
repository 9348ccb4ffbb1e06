package app_test

import (
	"context"
	"testing"

	"guichet/app"
	"guichet/store/storetest"
)

// New on a new database imports the shipped content, and the app it builds carries the hooks
// between domains whoever builds it (the server, the CLI): the certification registry decides
// the approval of its space's accounts, and of no other space's. It opens the database it made
// as well.
func TestNewImportsAndWires(t *testing.T) {
	ctx := context.Background()
	cfg := app.Config{DataDir: t.TempDir(), DatabaseURL: storetest.EmptyURL(t), PublicURL: "http://guichet.test"}
	for range 2 {
		a, err := app.New(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(a.Spaces.All()); n != 3 {
			t.Fatalf("%d spaces, want the 3 shipped", n)
		}
		cert, fac := a.Spaces.Get("certification"), a.Spaces.Get("facilitators")
		if a.Accounts.Decisions == nil || a.Accounts.Decisions(cert) == nil || a.Accounts.Decisions(fac) != nil {
			t.Fatal("the certification registry does not decide its space's approvals, alone")
		}
		if a.Accounts.Activated == nil {
			t.Fatal("no activation rule of the registry")
		}
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
