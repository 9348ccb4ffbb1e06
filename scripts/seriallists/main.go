// Command seriallists makes gqlgen's generated code marshal lists serially: it rewrites every
// graphql.MarshalSliceConcurrently call of the file it is given to marshalSlice (graph/lists.go,
// the same signature). `go generate` runs it right after gqlgen (generate.go). It fails when the
// file has neither the call nor its rewrite, so that a gqlgen whose template changed is noticed.
//
//	go run ./scripts/seriallists graph/generated.go
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
)

const (
	concurrent = "graphql.MarshalSliceConcurrently("
	serial     = "marshalSlice("
)

// rewrite returns src with every concurrent call made serial; src already rewritten is returned
// as it is.
func rewrite(src []byte) ([]byte, error) {
	if bytes.Contains(src, []byte(concurrent)) {
		return bytes.ReplaceAll(src, []byte(concurrent), []byte(serial)), nil
	}
	if bytes.Contains(src, []byte(" := "+serial)) {
		return src, nil
	}
	return nil, errors.New("no " + concurrent + " call to rewrite: has gqlgen's list template changed? " +
		"(see graph/lists.go)")
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: seriallists graph/generated.go")
		os.Exit(2)
	}
	path := os.Args[1]
	src, err := os.ReadFile(path)
	if err == nil {
		var out []byte
		if out, err = rewrite(src); err == nil && !bytes.Equal(out, src) {
			err = os.WriteFile(path, out, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "seriallists:", path+":", err)
		os.Exit(1)
	}
}
