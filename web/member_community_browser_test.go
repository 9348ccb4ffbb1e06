//go:build browser

package web_test

import (
	"strings"
	"testing"
	"time"

	"guichet/apitest"
)

// communityMemberFixtures prepares the people and data of the member area's community journeys
// (ui/e2e/member-community.test.mjs); the browser test reads them from the fixtures file.
// Per language, with its own people and its own city: an orange-belt facilitator who will ask
// for the green belt in the browser, a green belt who co-opts them, and peers of the directory
// who share more or less of themselves (one listed without e-mail, one listed with it but of
// another belt, one not listed at all), and a professional workshop the blue belt organises.
// Staff read the contact form's requests.
func communityMemberFixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) {
	t.Helper()
	for _, c := range []struct {
		lang, city, pro                          string
		candidate, coopter, shares, blue, hidden [2]string // first and last names
	}{
		{"fr", "Grenoble", "Atelier pour l'équipe RH d'une mutuelle", [2]string{"Odile", "Carpentier"}, [2]string{"Gérard", "Vernier"},
			[2]string{"Lucie", "Bastide"}, [2]string{"Bruno", "Azur"}, [2]string{"Marc", "Discret"}},
		{"en", "Bordeaux", "Workshop for a hospital's managers", [2]string{"Owen", "Carter"}, [2]string{"Grace", "Greenwood"},
			[2]string{"Lucy", "Baxter"}, [2]string{"Barry", "Bluett"}, [2]string{"Mark", "Quiet"}},
	} {
		mk := func(key string, name [2]string, roles ...string) map[string][]string {
			email := "community." + key + "." + c.lang + "@example.org"
			id, h := founder(t, env, email, roles...)
			env.DB.Client.Account.UpdateOneID(id).SetFirstName(name[0]).SetLastName(name[1]).ExecX(t.Context())
			people["community_"+key+"_"+c.lang] = browserPerson{Space: fac, Email: email, Password: goodPassword, FirstName: name[0], LastName: name[1]}
			return h
		}
		mk("candidate", c.candidate, "facilitator", "orange")
		mk("coopter", c.coopter, "facilitator", "green")
		profile := func(h map[string][]string, input map[string]any) {
			t.Helper()
			op(t, env, "UpdateDirectoryProfile", map[string]any{"input": input}, h).MustOK(t)
		}
		profile(mk("shares", c.shares, "facilitator", "green"), map[string]any{"listed": true, "city": c.city, "languages": []string{"FR", "EN"},
			"bioFr": "J'anime surtout pour les écoles et les associations de quartier.", "bioEn": "I mostly facilitate for schools and neighbourhood associations.", "showEmail": false})
		blue := mk("blue", c.blue, "facilitator", "blue")
		profile(blue, map[string]any{"listed": true, "city": c.city, "showEmail": true})
		// A professional workshop looking for a co-facilitator: the Pros page of a green belt.
		op(t, env, "CreateWorkshop", map[string]any{"input": map[string]any{"title": c.pro, "kind": "PROFESSIONAL",
			"startsAt": time.Now().Add(20 * 24 * time.Hour).UTC().Format(time.RFC3339), "format": "IN_PERSON",
			"language": strings.ToUpper(c.lang), "city": c.city, "capacity": 12, "seekingFacilitators": true}}, blue).MustOK(t)
		profile(mk("hidden", c.hidden, "facilitator", "green"), map[string]any{"listed": false, "city": c.city, "showEmail": true})
		mk("staff", [2]string{"Sonia", "Support " + c.lang}, "staff")
	}
}
