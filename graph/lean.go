package graph

import (
	"context"
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// leanObject is the answer of an object none of whose fields is resolved concurrently:
// scripts/leanfields makes generated.go build it instead of a graphql.FieldSet. It holds the same
// values and writes the same JSON (each alias once, in the order of the fields), without what a
// FieldSet needs for concurrent and deferred fields: no map of the aliases written, no iterator
// and no copy of each field while writing.
type leanObject struct {
	fields   []graphql.CollectedField
	Values   []graphql.Marshaler
	Invalids uint32
	// few holds the values of an object of few fields (an edge, a member), so that it is one
	// allocation.
	few [4]graphql.Marshaler
}

func newLeanObject(fields []graphql.CollectedField) *leanObject {
	o := &leanObject{fields: fields}
	if len(fields) <= len(o.few) {
		o.Values = o.few[:len(fields)]
	} else {
		o.Values = make([]graphql.Marshaler, len(fields))
	}
	return o
}

// writtenLean is the answer of an object whose fields gqlgen's FieldSet resolved (some of them
// concurrently), written as a leanObject: the same values, once they are all resolved.
func writtenLean(fields []graphql.CollectedField, out *graphql.FieldSet) graphql.Marshaler {
	return &leanObject{fields: fields, Values: out.Values}
}

func (o *leanObject) MarshalGQL(w io.Writer) {
	io.WriteString(w, "{")
	first := true
	for i := range o.fields {
		if writeKey(w, o.fields, i, &first) {
			o.Values[i].MarshalGQL(w)
		}
	}
	io.WriteString(w, "}")
}

// writeKey writes the key of fields[i], after a comma unless it is the first written, and tells
// whether its value is to be written: not when an earlier field has its alias. A lean object and
// a leaf (leaf.go) write their keys so.
func writeKey(w io.Writer, fields []graphql.CollectedField, i int, first *bool) bool {
	alias := fields[i].Alias
	if written(fields[:i], alias) {
		return false
	}
	if !*first {
		io.WriteString(w, ",")
	}
	*first = false
	// An alias is a GraphQL name (letters, digits, underscores): nothing to escape.
	io.WriteString(w, `"`)
	io.WriteString(w, alias)
	io.WriteString(w, `":`)
	return true
}

// written tells whether one of fields has alias: CollectFields merges the fields of one alias, so
// none has; gqlgen's FieldSet checks it all the same, and so does this.
func written(fields []graphql.CollectedField, alias string) bool {
	for i := range fields {
		if fields[i].Alias == alias {
			return true
		}
	}
	return false
}

// deferredGroupOf is graphql.NewDeferredGroup(ctx) when one of fields is deferred, else an
// empty group, which ResolveConcurrently never reads for a field not deferred (scripts/leanfields
// makes the objects whose fields are resolved concurrently build it so): the group walks the
// object's path up to the root and makes a field set and a map, for every workshop of a list.
func deferredGroupOf(ctx context.Context, fields []graphql.CollectedField) graphql.DeferredGroup {
	for _, f := range fields {
		if f.IsDeferred() {
			return graphql.NewDeferredGroup(ctx)
		}
	}
	return graphql.DeferredGroup{}
}
