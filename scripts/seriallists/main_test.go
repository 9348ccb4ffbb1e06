package main

import (
	"strings"
	"testing"
)

const generated = `func (ec *executionContext) marshalNAccount(ctx context.Context, sel ast.SelectionSet, v []*ent.Account) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		return ec.marshalNAccount2(ctx, sel, v[i])
	})
}
func (ec *executionContext) marshalOGuide(ctx context.Context, sel ast.SelectionSet, v []*ent.Guide) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
`

func TestRewrite(t *testing.T) {
	once, err := rewriteFile([]byte(generated))
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.ReplaceAll(generated, "graphql.MarshalSliceConcurrently(", "marshalSlice("); string(once) != want {
		t.Errorf("rewritten:\n%s\nwant:\n%s", once, want)
	}
	if twice, err := rewriteFile(once); err != nil || string(twice) != string(once) {
		t.Errorf("rewriting again: %v\n%s", err, twice)
	}
	// A template that no longer calls MarshalSliceConcurrently must stop go generate.
	changed := strings.ReplaceAll(generated, "MarshalSliceConcurrently", "MarshalSliceInParallel")
	if _, err := rewriteFile([]byte(changed)); err == nil || !strings.Contains(err.Error(), "graphql.MarshalSliceConcurrently(") {
		t.Errorf("a file without the call: %v", err)
	}
}
