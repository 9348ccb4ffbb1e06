//go:build browser

package web_test

import (
	"testing"
	"time"

	"guichet/apitest"
)

// mentoringMemberFixtures prepares the people and data of the member area's mentoring journeys
// (ui/e2e/member-mentoring.test.mjs); the browser test reads them from the fixtures file. Per
// language: an org-admin whose organisation and program staff approved (as the seed's table
// shows them), the staff member who approved them (the test checks the registrations as
// staff), and an onboarding session in that language for the org-admin to register for.
func mentoringMemberFixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) {
	t.Helper()
	type world struct{ org, program, language string }
	worlds := map[string]world{
		"fr": {org: "Science Jeunesse", program: "Génies en herbe", language: "FR"},
		"en": {org: "Youth Science Lab", program: "Budding Geniuses", language: "EN"},
	}
	for lang, w := range worlds {
		staffEmail, adminEmail := "mentoring.staff."+lang+"@example.org", "daniel.orga."+lang+"@example.org"
		staff := mentor(t, env, staffEmail, "Stella", "Staff", "staff")
		admin := mentor(t, env, adminEmail, "Daniel", "Test")
		org := newOrganization(t, env, admin, w.org)
		mop(t, env, "ApproveOrganization", map[string]any{"id": org}, staff).MustOK(t)
		fr, en := w.program, ""
		if lang == "en" {
			fr, en = "", w.program
		}
		program := newProgram(t, env, admin, org, fr, en)
		mop(t, env, "ApproveProgram", map[string]any{"id": program}, staff).MustOK(t)
		at := env.Clock.Now().Add(10 * 24 * time.Hour).Format(time.RFC3339)
		mop(t, env, "CreateOnboardingSession", map[string]any{"input": map[string]any{"startsAt": at, "language": w.language,
			"capacity": 5}}, staff).MustOK(t)
		people["mentoringStaff_"+lang] = browserPerson{Space: ment, Email: staffEmail, Password: goodPassword, FirstName: "Stella", LastName: "Staff"}
		people["mentoringOrgAdmin_"+lang] = browserPerson{Space: ment, Email: adminEmail, Password: goodPassword, FirstName: "Daniel", LastName: "Test"}
	}
}
