package graph

import (
	"testing"
	"unsafe"
	"weak"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

func operationOf(t *testing.T, q string, vars map[string]any) (*graphql.OperationContext, ast.SelectionSet) {
	t.Helper()
	doc, err := parser.ParseQuery(&ast.Source{Input: q})
	if err != nil {
		t.Fatal(err)
	}
	return &graphql.OperationContext{RawQuery: q, Doc: doc, Operation: doc.Operations[0], Variables: vars},
		doc.Operations[0].SelectionSet[0].(*ast.Field).SelectionSet
}

// The fields of a set without directives are collected once, whatever the request; a set with
// @skip or @include follows each request's variables; a remembered address whose set is not the
// one remembered (freed, its memory reused) is collected afresh; the sets remembered are bounded.
func TestCollectFieldsRemembered(t *testing.T) {
	satisfies := []string{"LocalGroupMember"}
	names := func(fs []graphql.CollectedField) (out []string) {
		for _, f := range fs {
			out = append(out, f.Alias)
		}
		return out
	}

	oc, sel := operationOf(t, `{ g { id displayName belt } }`, nil)
	first := collectFields(oc, sel, satisfies)
	other := &graphql.OperationContext{RawQuery: oc.RawQuery, Doc: oc.Doc, Operation: oc.Operation}
	if again := collectFields(other, sel, satisfies); &again[0] != &first[0] || len(again) != 3 {
		t.Fatalf("collected again: %v then %v", names(first), names(again))
	}

	q := `query($hide: Boolean!) { g { id displayName @skip(if: $hide) } }`
	shown, sel2 := operationOf(t, q, map[string]any{"hide": false})
	hidden := &graphql.OperationContext{RawQuery: q, Doc: shown.Doc, Operation: shown.Operation, Variables: map[string]any{"hide": true}}
	if a, b := collectFields(shown, sel2, satisfies), collectFields(hidden, sel2, satisfies); len(a) != 2 || len(b) != 1 {
		t.Fatalf("@skip: %v shown, %v hidden", names(a), names(b))
	}

	// Another set remembered at this one's address: not taken for it.
	key := collectedKey{sel: uintptrOf(&sel[0]), n: len(sel), satisfies: uintptr(unsafe.Pointer(&satisfies[0]))}
	stranger := ast.SelectionSet{&ast.Field{Name: "stranger", Alias: "stranger"}}
	collected.Lock()
	collected.m[key] = collectedFields{weak.Make(&stranger[0]), graphql.CollectFields(oc, stranger, satisfies)}
	collected.Unlock()
	if got := collectFields(oc, sel, satisfies); len(got) != 3 || got[0].Alias != "id" {
		t.Fatalf("took another set's fields: %v", names(got))
	}

	for range 3 * maxCollected {
		oc, sel := operationOf(t, `{ g { id } }`, nil)
		collectFields(oc, sel, satisfies)
	}
	collected.RLock()
	n := len(collected.m)
	collected.RUnlock()
	if n > maxCollected {
		t.Fatalf("%d sets remembered, at most %d", n, maxCollected)
	}
}
