//go:build browser

package web_test

import (
	"testing"

	"guichet/apitest"
)

// mentoringMemberFixtures prepares the people and data of the member area's mentoring journeys
// (ui/e2e/member-mentoring.test.mjs); the browser test reads them from the fixtures file.
func mentoringMemberFixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) {
	t.Helper()
}
