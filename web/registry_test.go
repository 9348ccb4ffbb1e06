package web_test

import (
	"testing"

	"guichet/apitest"
)

const cert = "certification"

func registryOp(t *testing.T, env *apitest.Env, name string, vars map[string]any, h map[string][]string) *apitest.Response {
	t.Helper()
	return env.Op(t, "registry.graphql", name, cert, vars, h)
}

// siretCheck answers as a form is filled in, for anybody: spaces removed, 14 digits, Luhn, and
// La Poste's digit-sum rule.
func TestRegistrySiretCheck(t *testing.T) {
	env := apitest.New(t)
	tests := []struct {
		in, normalized, siren, nic string
		valid                      bool
		reason                     any
	}{
		{"732 829 320 00074", "73282932000074", "732829320", "00074", true, nil},
		{"356 000 000 49837", "35600000049837", "356000000", "49837", true, nil},
		{"73282932000075", "73282932000075", "732829320", "00075", false, "CHECKSUM"},
		{"732 829 320", "732829320", "", "", false, "NOT_14_DIGITS"},
	}
	for _, tt := range tests {
		// The contract's document is whole only with the rest of the space (next steps).
		r := env.Do(t, apitest.Request{Space: cert, Query: `query SiretCheck($siret: String!) {
			siretCheck(siret: $siret) { valid normalized siren nic reason } }`, Variables: map[string]any{"siret": tt.in}}).MustOK(t)
		if r.Get("siretCheck.valid") != tt.valid || r.Str("siretCheck.normalized") != tt.normalized ||
			r.Str("siretCheck.siren") != tt.siren || r.Str("siretCheck.nic") != tt.nic || r.Get("siretCheck.reason") != tt.reason {
			t.Errorf("siretCheck(%q): %s", tt.in, r.Body)
		}
	}
}
