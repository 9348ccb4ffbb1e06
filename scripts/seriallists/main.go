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

	"guichet/scripts/internal/rewrite"
)

const (
	concurrent = "graphql.MarshalSliceConcurrently("
	serial     = "marshalSlice("
)

// rewriteFile returns src with every concurrent call made serial; src already rewritten is returned
// as it is.
func rewriteFile(src []byte) ([]byte, error) {
	if bytes.Contains(src, []byte(concurrent)) {
		return bytes.ReplaceAll(src, []byte(concurrent), []byte(serial)), nil
	}
	if bytes.Contains(src, []byte(" := "+serial)) {
		return src, nil
	}
	return nil, errors.New("no " + concurrent + " call to rewrite: has gqlgen's list template changed? " +
		"(see graph/lists.go)")
}

func main() { rewrite.Main("seriallists", rewriteFile) }
