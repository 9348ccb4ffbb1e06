//go:build browser

package web_test

// The admin app in a real browser: `make test-ui` (needs Node.js, ui/node_modules and
// Debian's chromium; .ci/run installs them). This test starts the real server on a real
// SQLite file, prepares the people of the journeys, and runs the Playwright tests of
// ui/e2e against it; they drive headless Chromium and check the public API after each step.

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent/space"
)

type browserPerson struct {
	Space     string `json:"space"`
	Email     string `json:"email"`
	Password  string `json:"password,omitempty"`
	FirstName string `json:"firstName,omitempty"`
	LastName  string `json:"lastName,omitempty"`
}

func TestAdminInBrowser(t *testing.T) {
	scripts, err := filepath.Glob("../ui/e2e/*.test.mjs")
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no browser tests in ui/e2e (%v)", err)
	}
	if only := os.Getenv("E2E_ONLY"); only != "" { // e.g. E2E_ONLY=member: only ui/e2e/member.test.mjs
		scripts = []string{filepath.Join("../ui/e2e", only+".test.mjs")}
	}
	env := apitest.New(t)
	ctx := context.Background()
	person := func(sp, email, first, last string, roles ...string) browserPerson {
		t.Helper()
		s := env.DB.Client.Space.Query().Where(space.Slug(sp)).OnlyX(ctx)
		if _, err := env.Accounts.Create(ctx, s, account.CreateInput{Email: email, Password: goodPassword,
			FirstName: first, LastName: last, Roles: roles}); err != nil {
			t.Fatal(err)
		}
		return browserPerson{Space: sp, Email: email, Password: goodPassword, FirstName: first, LastName: last}
	}
	people := map[string]browserPerson{
		"editor":      person("facilitators", "edith@example.org", "Edith", "Piaf", "editor"),
		"admin":       person("facilitators", "ada@example.org", "Ada", "Lovelace", "admin"),
		"participant": person("facilitators", "paul@example.org", "Paul", "Martin", "participant"),
		"staff":       person("certification", "sam@example.org", "Sam", "Staff", "staff"),
	}
	// A depositor who registered with a Kbis and activated the account: waiting for staff.
	registerDepositor(t, env, depositorInput("claire@example.org", map[string]any{"entityName": "Formations Moreau", "locale": "FR"}),
		proof("kbis.pdf", "application/pdf", pdfDoc)).MustOK(t)
	activate(t, env, "claire@example.org")
	people["pending"] = browserPerson{Space: cert, Email: "claire@example.org", FirstName: "Claire", LastName: "Moreau"}
	checkIssue19 := issue19Fixtures(t, env, people)
	memberFixtures(t, env, people) // issue 20 part 2: the member area
	// Its sections, one file each (web/member_*_browser_test.go, ui/e2e/member-*.test.mjs).
	facilitatorsMemberFixtures(t, env, people)
	communityMemberFixtures(t, env, people)
	mentoringMemberFixtures(t, env, people)
	certificationMemberFixtures(t, env, people)

	// Issue 19. Mentoring staff, and a person who registers an organisation and its program
	// (through the public API, in the browser test) for staff to review.
	people["mentoringStaff"] = person("mentoring", "mona@example.org", "Mona", "Mentor", "staff")
	people["orgAdmin"] = person("mentoring", "oscar@example.org", "Oscar", "Orga")
	// An entity whose manager staff approved, and a second depositor of it who waits for that
	// manager; later staff designate that depositor as the entity's manager.
	registerDepositor(t, env, depositorInput("mathilde@example.org", map[string]any{"siret": "44306184100047", "entityName": "Ateliers Durand",
		"firstName": "Mathilde", "lastName": "Durand"}), proof("kbis.pdf", "application/pdf", pdfDoc)).MustOK(t)
	activate(t, env, "mathilde@example.org")
	env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": accountID(t, env, "mathilde@example.org")},
		signIn(t, env, "sam@example.org")).MustOK(t)
	registerDepositor(t, env, depositorInput("denis@example.org", map[string]any{"siret": "44306184100047", "entityName": "Ateliers Durand",
		"firstName": "Denis", "lastName": "Durand"}), proof("statuts.pdf", "application/pdf", pdfDoc)).MustOK(t)
	activate(t, env, "denis@example.org")
	people["entityManager"] = browserPerson{Space: cert, Email: "mathilde@example.org", Password: goodPassword, FirstName: "Mathilde", LastName: "Durand"}
	people["entityDepositor"] = browserPerson{Space: cert, Email: "denis@example.org", Password: goodPassword, FirstName: "Denis", LastName: "Durand"}
	// The same for the journeys in English: another entity, its manager and a depositor waiting.
	registerDepositor(t, env, depositorInput("nora@example.org", map[string]any{"siret": "55201845000015", "entityName": "Cabinet Petit",
		"firstName": "Nora", "lastName": "Petit"}), proof("kbis.pdf", "application/pdf", pdfDoc)).MustOK(t)
	activate(t, env, "nora@example.org")
	env.Op(t, "account.graphql", "ApproveAccount", cert, map[string]any{"id": accountID(t, env, "nora@example.org")},
		signIn(t, env, "sam@example.org")).MustOK(t)
	registerDepositor(t, env, depositorInput("hugo@example.org", map[string]any{"siret": "55201845000015", "entityName": "Cabinet Petit",
		"firstName": "Hugo", "lastName": "Petit"}), proof("statuts.pdf", "application/pdf", pdfDoc)).MustOK(t)
	activate(t, env, "hugo@example.org")
	people["entityManagerEn"] = browserPerson{Space: cert, Email: "nora@example.org", Password: goodPassword, FirstName: "Nora", LastName: "Petit"}
	people["entityDepositorEn"] = browserPerson{Space: cert, Email: "hugo@example.org", Password: goodPassword, FirstName: "Hugo", LastName: "Petit"}

	dir := t.TempDir()
	fixtures := filepath.Join(dir, "fixtures.json")
	b, _ := json.MarshalIndent(people, "", "  ")
	if err := os.WriteFile(fixtures, b, 0o600); err != nil {
		t.Fatal(err)
	}
	artifacts := os.Getenv("GUICHET_ARTIFACTS")
	if artifacts == "" {
		artifacts, _ = filepath.Abs("../ui/e2e/artifacts")
	}
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	args := append([]string{"--test", "--test-concurrency=1", "--test-reporter=spec"}, scripts...)
	for i := range scripts {
		args[3+i], _ = filepath.Rel("../ui", scripts[i])
	}
	cmd := exec.CommandContext(ctx, "node", args...)
	cmd.Dir = "../ui"
	cmd.Env = append(os.Environ(), "GUICHET_URL="+env.URL, "GUICHET_FIXTURES="+fixtures, "GUICHET_ARTIFACTS="+artifacts)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("the browser tests failed (%v); screenshots in %s", err, artifacts)
	}
	if os.Getenv("E2E_ONLY") == "" { // its journeys ran
		checkIssue19()
	}
	t.Logf("screenshots in %s", artifacts)
}
