package web_test

import (
	"flag"
	"fmt"
	"os"
	"testing"

	"guichet/apitest"
)

// contractFiles are the contract's files this server implements: all of them.
var contractFiles = []string{"help.graphql", "account.graphql", "editor.graphql", "community.graphql", "mentoring.graphql", "registry.graphql"}

// TestMain runs the package's tests, then, when all of them ran (no -run) and passed, fails
// if an operation of the contract was never answered without errors: each one is proven
// end to end over HTTP by some test.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if code == 0 && flag.Lookup("test.run").Value.String() == "" && flag.Lookup("test.bench").Value.String() == "" {
		missing, err := apitest.NotRun(contractFiles...)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "contract operations no test ran without errors: %v\n", missing)
			os.Exit(1)
		}
	}
	os.Exit(code)
}
