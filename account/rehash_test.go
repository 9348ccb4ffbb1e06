package account

import (
	"context"
	"strings"
	"testing"

	entaccount "guichet/ent/account"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/password"
	"guichet/policy"
)

// When the hashing parameters change, a sign-in stores the password again with the new ones.
func TestLoginRehashesWithNewParameters(t *testing.T) {
	s, _ := newTestService(t)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	pol, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	s.Policy = pol
	sp := s.Client.Space.Create().SetSlug("demo").SetNameFr("Démo").SetNameEn("Demo").
		SetDefaultLocale(locales.FR).SetPasswordPolicy(password.Policy{MinLength: 8, MaxLength: 64}).SaveX(ctx)
	old := password.Hasher{Params: password.Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}
	s.Hasher = old
	if _, err := s.Create(ctx, sp, CreateInput{Email: "r@example.org", Password: "Parapluie-Bleu", FirstName: "R", LastName: "H"}); err != nil {
		t.Fatal(err)
	}
	before := s.Client.Account.Query().Where(entaccount.EmailKey("r@example.org")).OnlyX(ctx).PasswordHash
	s.Hasher = password.Hasher{Params: password.Params{Memory: 128, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}}
	if _, err := s.Login(ctx, sp, "r@example.org", "Parapluie-Bleu", "127.0.0.1"); err != nil {
		t.Fatal(err)
	}
	after := s.Client.Account.Query().Where(entaccount.EmailKey("r@example.org")).OnlyX(ctx).PasswordHash
	if after == before || !strings.Contains(after, "m=128,t=2") {
		t.Fatalf("not rehashed: %s → %s", before, after)
	}
	if _, err := s.Login(ctx, sp, "r@example.org", "Parapluie-Bleu", "127.0.0.1"); err != nil {
		t.Fatalf("login after rehash: %v", err)
	}
}
