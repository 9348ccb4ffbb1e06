//go:build browser

package web_test

import (
	"testing"

	"guichet/apitest"
)

// facilitatorsMemberFixtures prepares the people and data of the member area's facilitators journeys
// (ui/e2e/member-facilitators.test.mjs); the browser test reads them from the fixtures file.
func facilitatorsMemberFixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) {
	t.Helper()
}
