package graph

import (
	"bytes"
	"context"
	"io"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// A leaf answer is an object's (or a list of objects') whose selected fields all read values
// already loaded and none of which can be null where the schema forbids it: a member's id, name
// and belt; an edge whose node is such an object; a page of such edges. scripts/leanfields
// writes, for every object type, leafFields_T (is this selection on this object a leaf?) and
// writeLeaf_T (its JSON, written from the object when the answer is written), and makes the
// object's and the list's marshallers answer a leafObject or a leafList when they can.
//
// A leanObject still costs, per object, its values (one marshaller per scalar), and per object
// field a FieldContext and a context; a list, a context per element. A leaf costs one value for
// the whole object or list, and writes the same bytes: TestLeafAnswersAsLean.
//
// Nothing can go wrong while a leaf is written: leafFields_T has read every field it writes
// (under recover, so that a panic sends the object down gqlgen's path, which reports it), checked
// that none is null where it must not be, and turned down a deferred field, a field resolved by
// a resolver, or one whose marshaller it does not know.

// leafObjects is off only in the tests that compare a leaf's answer with gqlgen's path.
var leafObjects = true

// leafContext is the context given to the marshallers of nullable scalars when a leaf is
// written: they read nothing of it (scripts/leanfields only takes those whose body says so).
var leafContext = context.Background()

// leafObject is the answer of one object whose selection is a leaf.
type leafObject[T any] struct {
	ec     *executionContext
	fields []graphql.CollectedField
	obj    *T
	write  func(*executionContext, io.Writer, []graphql.CollectedField, *T)
}

func (o *leafObject[T]) MarshalGQL(w io.Writer) { o.write(o.ec, w, o.fields, o.obj) }

// leafList is the answer of a list whose every element is a leaf (or null where it may be).
type leafList[T any] struct {
	ec     *executionContext
	fields []graphql.CollectedField
	objs   []*T
	write  func(*executionContext, io.Writer, []graphql.CollectedField, *T)
}

func (l *leafList[T]) MarshalGQL(w io.Writer) {
	writeLeafList(l.ec, w, l.fields, l.objs, l.write)
}

// writeLeafList writes objs as gqlgen writes a list: null for a nil element.
func writeLeafList[T any](ec *executionContext, w io.Writer, fields []graphql.CollectedField, objs []*T,
	write func(*executionContext, io.Writer, []graphql.CollectedField, *T)) {
	io.WriteString(w, "[")
	for i, o := range objs {
		if i > 0 {
			io.WriteString(w, ",")
		}
		if o == nil {
			io.WriteString(w, "null")
			continue
		}
		write(ec, w, fields, o)
	}
	io.WriteString(w, "]")
}

// leafAll tells whether every element of objs is a leaf with fields; a nil one is, unless
// nonNull.
func leafAll[T any](ec *executionContext, fields []graphql.CollectedField, objs []*T, nonNull bool,
	leaf func(*executionContext, []graphql.CollectedField, *T) bool) bool {
	for _, o := range objs {
		if o == nil {
			if nonNull {
				return false
			}
			continue
		}
		if !leaf(ec, fields, o) {
			return false
		}
	}
	return true
}

// leafTime writes t as graphql.MarshalTime does, strconv.Quote of its RFC 3339 form (digits and
// "-+:.TZ", nothing to escape), without the two strings it makes; t is not zero (leafFields_T
// sends a zero time down gqlgen's path).
func leafTime(w io.Writer, t time.Time) {
	var digits [48]byte
	b := append(t.AppendFormat(append(digits[:0], '"'), time.RFC3339Nano), '"')
	if buf, ok := w.(*bytes.Buffer); ok { // the executor's
		buf.Write(b)
		return
	}
	w.Write(append([]byte(nil), b...))
}
