package graph

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// What a list's marshalling gave: each element's JSON (or null), the Index of the FieldContext
// each element ran under, and the errors on their paths.
type marshalledList struct {
	elements []string
	indices  []int
	errors   []string
}

func marshalList(t *testing.T, ctx context.Context, length int, workerLimit int64, panicAt int,
	marshal func(context.Context, int, int64, bool, func(context.Context, int) graphql.Marshaler) graphql.Array,
) marshalledList {
	t.Helper()
	ctx = graphql.WithResponseContext(ctx, graphql.DefaultErrorPresenter, func(context.Context, any) error {
		return gqlerror.Errorf("internal system error")
	})
	list := &graphql.FieldContext{Field: graphql.CollectedField{Field: &ast.Field{Alias: "members"}}}
	ctx = graphql.WithFieldContext(ctx, list)
	values := make([]string, length)
	for i := range values {
		values[i] = fmt.Sprint("m", i)
	}
	fcs := make([]*graphql.FieldContext, length)
	ret := marshal(ctx, length, workerLimit, false, func(ctx context.Context, i int) graphql.Marshaler {
		// As generated.go does: the element is its FieldContext's Result.
		fc := graphql.GetFieldContext(ctx)
		fc.Result = &values[i]
		fcs[i] = fc
		if i == panicAt {
			panic("element " + values[i])
		}
		return graphql.MarshalString(values[i])
	})
	var got marshalledList
	for i, e := range ret {
		if e == graphql.Null {
			got.elements = append(got.elements, "null")
		} else {
			var b bytes.Buffer
			e.MarshalGQL(&b)
			got.elements = append(got.elements, b.String())
		}
		if fc := fcs[i]; fc != nil {
			if fc.Parent != list || fc.Result != &values[i] {
				t.Errorf("element %d ran under %+v, not a child of the list's FieldContext holding it", i, fc)
			}
			got.indices = append(got.indices, *fc.Index)
		}
	}
	for _, e := range graphql.GetErrors(ctx) {
		got.errors = append(got.errors, e.Path.String()+": "+e.Message)
	}
	return got
}

// marshalSlice answers as gqlgen's MarshalSliceConcurrently does, element by element.
func TestMarshalSliceIsGqlgensSerially(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, c := range []struct {
		name        string
		ctx         context.Context
		length      int
		workerLimit int64
		panicAt     int
		want        marshalledList
	}{
		{"empty", context.Background(), 0, 0, -1, marshalledList{}},
		{"one", context.Background(), 1, 0, -1, marshalledList{elements: []string{`"m0"`}, indices: []int{0}}},
		{"in order", context.Background(), 4, 0, -1, marshalledList{
			elements: []string{`"m0"`, `"m1"`, `"m2"`, `"m3"`}, indices: []int{0, 1, 2, 3}}},
		{"the one element panics", context.Background(), 1, 0, 0, marshalledList{
			elements: []string{"null"}, indices: []int{0}, errors: []string{"members[0]: internal system error"}}},
		{"an element panics", context.Background(), 4, 0, 2, marshalledList{
			elements: []string{`"m0"`, `"m1"`, "null", `"m3"`}, indices: []int{0, 1, 2, 3},
			errors: []string{"members[2]: internal system error"}}},
		{"a worker limit", context.Background(), 3, 1, -1, marshalledList{
			elements: []string{`"m0"`, `"m1"`, `"m2"`}, indices: []int{0, 1, 2}}},
		{"a worker limit, the request gone", cancelled, 3, 1, -1, marshalledList{
			elements: []string{"null", "null", "null"}, errors: []string{"members[0]: context canceled"}}},
		{"no worker limit, the request gone", cancelled, 2, 0, -1, marshalledList{
			elements: []string{`"m0"`, `"m1"`}, indices: []int{0, 1}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := marshalList(t, c.ctx, c.length, c.workerLimit, c.panicAt, marshalSlice)
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("marshalSlice:\n got %v\nwant %v", got, c.want)
			}
			if gqlgens := marshalList(t, c.ctx, c.length, c.workerLimit, c.panicAt, graphql.MarshalSliceConcurrently); fmt.Sprint(gqlgens) != fmt.Sprint(c.want) {
				t.Errorf("gqlgen's MarshalSliceConcurrently, which marshalSlice copies, now answers\n %v\nnot %v", gqlgens, c.want)
			}
		})
	}
}

// generated.go marshals no list in goroutines: `go generate` rewrote gqlgen's calls, right after
// gqlgen wrote them.
func TestGeneratedListsAreSerial(t *testing.T) {
	generated, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(generated, []byte("MarshalSliceConcurrently")); n > 0 {
		t.Errorf("generated.go calls graphql.MarshalSliceConcurrently %d times: run make generate", n)
	}
	if !bytes.Contains(generated, []byte(":= marshalSlice(ctx, len(v), ")) {
		t.Error("generated.go calls marshalSlice nowhere: has gqlgen's list template changed?")
	}
	generatesInOrder(t, "go tool gqlgen generate", "go run ./scripts/seriallists graph/generated.go")
}

// generatesInOrder fails unless generate.go runs each of steps (go:generate commands), in order.
func generatesInOrder(t *testing.T, steps ...string) {
	t.Helper()
	generate, err := os.ReadFile("../generate.go")
	if err != nil {
		t.Fatal(err)
	}
	last := -1
	for _, step := range steps {
		at := strings.Index(string(generate), "//go:generate "+step+"\n")
		if at <= last {
			t.Errorf("generate.go does not run %q after %q:\n%s", step, steps, generate)
		}
		last = at
	}
}
