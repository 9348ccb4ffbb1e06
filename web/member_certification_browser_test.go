//go:build browser

package web_test

import (
	"testing"

	"guichet/apitest"
)

// certificationMemberFixtures prepares the people and data of the member area's certification journeys
// (ui/e2e/member-certification.test.mjs); the browser test reads them from the fixtures file.
//
// Per language, an entity whose first account staff approved (its manager), a request of the
// entity waiting for that manager (to be rejected in the browser), and the person who registers
// as its depositor in the browser (nothing of them exists yet). The SIRETs are used by no other
// fixture, so each manager sees only their own entity's requests.
func certificationMemberFixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) {
	t.Helper()
	for _, f := range []struct {
		lang, siret, entity                        string
		manager, managerFirst, depositor, depFirst string
		refused, refusedFirst, last                string
	}{
		{"fr", "41287365900012", "Ateliers Lemaire", "gaelle.lemaire@example.org", "Gaëlle", "yann.lemaire@example.org", "Yann",
			"bruno.lemaire@example.org", "Bruno", "Lemaire"},
		{"en", "53049128700013", "Fairbairn Training", "olivia.fairbairn@example.org", "Olivia", "tom.fairbairn@example.org", "Tom",
			"jack.fairbairn@example.org", "Jack", "Fairbairn"},
	} {
		locale := map[string]string{"fr": "FR", "en": "EN"}[f.lang]
		registerDepositor(t, env, depositorInput(f.manager, map[string]any{"siret": f.siret, "entityName": f.entity,
			"firstName": f.managerFirst, "lastName": f.last, "locale": locale}),
			proof("kbis.pdf", "application/pdf", pdfDoc)).MustOK(t)
		activate(t, env, f.manager)
		env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": accountID(t, env, f.manager)},
			signIn(t, env, "sam@example.org")).MustOK(t)
		registerDepositor(t, env, depositorInput(f.refused, map[string]any{"siret": f.siret, "entityName": f.entity,
			"firstName": f.refusedFirst, "lastName": f.last, "locale": locale}), proof("statuts.pdf", "application/pdf", pdfDoc)).MustOK(t)
		activate(t, env, f.refused)
		people["certRefused_"+f.lang] = browserPerson{Space: cert, Email: f.refused, Password: goodPassword, FirstName: f.refusedFirst, LastName: f.last}
		people["certManager_"+f.lang] = browserPerson{Space: cert, Email: f.manager, Password: goodPassword, FirstName: f.managerFirst, LastName: f.last}
		people["certDepositor_"+f.lang] = browserPerson{Space: cert, Email: f.depositor, Password: goodPassword, FirstName: f.depFirst, LastName: f.last}
	}
}
