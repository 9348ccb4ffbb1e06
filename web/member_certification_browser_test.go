//go:build browser

package web_test

import (
	"testing"

	"guichet/apitest"
)

// certificationMemberFixtures prepares the people and data of the member area's certification journeys
// (ui/e2e/member-certification.test.mjs); the browser test reads them from the fixtures file.
func certificationMemberFixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) {
	t.Helper()
}
