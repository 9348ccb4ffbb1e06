//go:build browser

package web_test

import (
	"testing"

	"guichet/apitest"
)

// communityMemberFixtures prepares the people and data of the member area's community journeys
// (ui/e2e/member-community.test.mjs); the browser test reads them from the fixtures file.
func communityMemberFixtures(t *testing.T, env *apitest.Env, people map[string]browserPerson) {
	t.Helper()
}
