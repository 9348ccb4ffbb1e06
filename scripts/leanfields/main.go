// Command leanfields makes gqlgen's generated code cheaper for the fields that only read a value
// already loaded (a struct field or a method without arguments, no resolver, no directive): the
// bulk of every list's answer (a member's id, name and belt, an edge's node). `go generate` runs
// it after seriallists (generate.go).
//
// gqlgen resolves each of those fields as it resolves a database read: a FieldContext and a
// context for it, four closures, the value boxed, the field middleware called. None of it changes
// the answer of such a field; what it is for is kept:
//   - A scalar or enum is marshalled from the value directly. When that marshalling answers null
//     where the schema forbids it, or reading the value panics, the field is resolved again by
//     gqlgen's own path, which reports the error at the field's path as before.
//   - An object or a list still gets its FieldContext (its children's paths and errors hang from
//     it) and gqlgen's panic recovery, but neither the closures nor the boxing.
//   - The field middleware is not called for them. The only field interceptor of ours, tracing,
//     ignores these fields (they make no span); web.TestTracing keeps it so.
//
// It also drops the @defer bookkeeping (a path walked up to the root, a field set and a map per
// object) from the objects that have no field to resolve concurrently: a deferred fragment only
// ever defers those. Every object's answer is written without gqlgen's map of the aliases
// written and its copy of each field (graph/lean.go). The fields with resolvers are resolved
// through graph/serial.go's resolveField: one after the other on SQLite, as gqlgen does else.
//
// Last, every object type gets leafFields_T and writeLeaf_T (leaf.go here, graph/leaf.go): an
// object, or a list of objects, whose selected fields all read such values and none of them null
// where the schema forbids it, is answered as one value written from the objects when the answer
// is written, without any of the above per object, field or element.
//
// It fails when the file has none of the shapes it rewrites, so that a gqlgen whose templates
// changed is noticed.
//
//	go run ./scripts/leanfields graph/generated.go
package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"regexp"
	"strings"

	"guichet/scripts/internal/rewrite"
)

// Lean is the mark a rewritten function carries: rewriting a rewritten file changes nothing.
const Lean = "// lean: "

var (
	// A field that reads a loaded value, as gqlgen's field.gotpl writes it.
	trivialField = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) (\w+)\(ctx context\.Context, field graphql\.CollectedField, obj (\S+)\) \(ret graphql\.Marshaler\) \{
	return graphql\.ResolveField\(
		ctx,
		ec\.OperationContext,
		field,
		func\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{
			return ec\.(fieldContext_\w+)\(ctx, field\)
		\},
		func\(ctx context\.Context\) \(any, error\) \{
			return (obj\.\w+(?:\(\))?), nil
		\},
		nil,
		func\(ctx context\.Context, selections ast\.SelectionSet, v (.+)\) graphql\.Marshaler \{
			return ec\.(marshal[^(\s]+)\(ctx, selections, v\)
		\},
		true,
		(?:true|false),
	\)
\}
`)
	// Every marshaller of a value, by name, and its body.
	marshaller = regexp.MustCompile(`(?ms)^func \(ec \*executionContext\) (marshal[^(\s]+)\(ctx context\.Context, sel ast\.SelectionSet, v [^\n]*\) graphql\.Marshaler \{\n(.*?)\n\}\n`)
	// A non-null scalar's marshaller: a pure function of the value, and an error when it
	// answers null.
	nonNullScalar = regexp.MustCompile(`^\t_ = sel
	res := ([\w.]+)\(v\)
	if res == graphql\.Null \{
		graphql\.AddInvalidNullFromMarshaler\(ctx, "[^"\n]+"\)
	\}
	return res$`)
	// An object's marshaller, as object.gotpl writes it.
	object = regexp.MustCompile(`(?ms)^func \(ec \*executionContext\) _\w+\(ctx context\.Context, sel ast\.SelectionSet, obj [^\n]*\) graphql\.Marshaler \{\n.*?\n\}\n`)
)

const (
	deferredGroup = "\tdeferred := graphql.NewDeferredGroup(ctx)\n"
	// lazyDeferredGroup is deferredGroup for an object whose fields are resolved concurrently.
	lazyDeferredGroup = "\tdeferred := deferredGroupOf(ctx, fields) " + Lean + "the @defer bookkeeping only for a deferred field\n"
	newFieldSet       = "\tout := graphql.NewFieldSet(fields)\n"
	dispatch          = "\tout.Dispatch(ctx)\n"
	returnOut         = "\n\treturn out\n}\n"
	// collectCall is how an object collects its fields; leanCollectCall, remembered.
	collectCall     = "graphql.CollectFields(ec.OperationContext, sel, "
	leanCollectCall = "collectFields(ec.OperationContext, sel, "
	// answerBuffer is where Exec writes a query's answer; leanAnswerBuffer, with a buffer given back.
	answerBuffer     = "\t\t\tvar buf bytes.Buffer\n\t\t\tdata.MarshalGQL(&buf)\n\t\t\tresponse.Data = buf.Bytes()\n"
	leanAnswerBuffer = "\t\t\tbuf := bytes.NewBuffer(takeResponseBytes()) " + Lean + "a buffer an earlier answer gave back\n\t\t\tdata.MarshalGQL(buf)\n\t\t\tresponse.Data = buf.Bytes()\n"
	// resolveConcurrently is how an object schedules a field with a resolver; leanResolveField,
	// resolved now when the resolver asks for it.
	resolveConcurrently = "out.ResolveConcurrently(ec.OperationContext, &deferred, i,"
	leanResolveField    = "ec.resolveField(ctx, out, &deferred, field, i,"
	deferredTail        = "\tif n := len(deferred.Defers); n > 0 {\n\t\tatomic.AddInt32(&ec.Deferred, int32(min(n, math.MaxInt32)))\n\t\tec.ProcessDeferredGroup(deferred)\n\t}\n\n"
)

// rewriteFile returns src with every field that reads a loaded value made lean, and the @defer
// bookkeeping dropped from the objects that cannot use it; src already rewritten is returned as
// it is.
func rewriteFile(src []byte) ([]byte, error) {
	if bytes.Contains(src, []byte(Lean)) {
		return src, nil
	}
	bodies := map[string]string{}
	for _, m := range marshaller.FindAllSubmatch(src, -1) {
		bodies[string(m[1])] = string(m[2])
	}
	fields := 0
	leans := map[string]leanField{}
	out := trivialField.ReplaceAllFunc(src, func(fn []byte) []byte {
		m := trivialField.FindSubmatch(fn)
		name, objType, fieldContext, value, valueType, marshal := string(m[1]), string(m[2]), string(m[3]), string(m[4]), string(m[5]), string(m[6])
		body, ok := bodies[marshal]
		if !ok {
			return fn
		}
		full := strings.TrimPrefix(strings.SplitN(string(fn), "\n", 2)[1], "\treturn ")
		full = strings.TrimSuffix(full, "}\n")
		var b strings.Builder
		fmt.Fprintf(&b, "func (ec *executionContext) %s(ctx context.Context, field graphql.CollectedField, obj %s) (ret graphql.Marshaler) {\n", name, objType)
		switch {
		case nonNullScalar.MatchString(body) || body == "\treturn v":
			// The value marshalled as the marshaller would; gqlgen's path when it is null.
			fmt.Fprintf(&b, "\t%sscalar, null resolved again by gqlgen\n", Lean)
			b.WriteString("\tfull := func() graphql.Marshaler {\n\t\treturn " + indent(full) + "\t}\n")
			b.WriteString("\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tret = full()\n\t\t}\n\t}()\n")
			if body == "\treturn v" {
				leans[name] = leanField{kind: leanValue, value: value, marshal: marshal}
				fmt.Fprintf(&b, "\treturn %s\n", value)
			} else {
				leans[name] = leanField{kind: leanScalar, value: value, marshal: marshal, scalarFunc: nonNullScalar.FindStringSubmatch(body)[1]}
				fmt.Fprintf(&b, "\tif ret = %s(%s); ret == graphql.Null {\n\t\tret = full()\n\t}\n\treturn ret\n",
					nonNullScalar.FindStringSubmatch(body)[1], value)
			}
		case silent(body):
			// A nullable scalar: its marshaller reports nothing.
			fmt.Fprintf(&b, "\t%snullable scalar\n", Lean)
			leans[name] = leanField{kind: leanNullable, value: value, marshal: marshal}
			b.WriteString("\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tret = " + indent(full) + "\t\t}\n\t}()\n")
			fmt.Fprintf(&b, "\treturn ec.%s(ctx, field.Selections, %s)\n", marshal, value)
		case strings.HasPrefix(valueType, "*") || strings.HasPrefix(valueType, "[]"):
			// An object or a list, under its FieldContext. A nil pointer or slice goes to the
			// marshaller, as in gqlgen's path (only an untyped nil stops before it).
			fmt.Fprintf(&b, "\t%sobject or list\n", Lean)
			leans[name] = leanField{kind: leanObject, value: value, marshal: marshal, valueType: valueType}
			fmt.Fprintf(&b, "\tfc, err := ec.%s(ctx, field)\n\tif err != nil {\n\t\treturn graphql.Null\n\t}\n", fieldContext)
			b.WriteString("\tctx = graphql.WithFieldContext(ctx, fc)\n")
			b.WriteString("\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tec.Error(ctx, ec.Recover(ctx, r))\n\t\t\tret = graphql.Null\n\t\t}\n\t}()\n")
			fmt.Fprintf(&b, "\treturn ec.%s(ctx, field.Selections, %s)\n", marshal, value)
		default:
			return fn
		}
		b.WriteString("}\n")
		fields++
		return []byte(b.String())
	})
	objects, written, lazyGroups, serial := 0, 0, 0, 0
	out = object.ReplaceAllFunc(out, func(fn []byte) []byte {
		if bytes.Contains(fn, []byte("&deferred")) || bytes.Contains(fn, []byte("Concurrently(")) {
			// Fields resolved concurrently: gqlgen's FieldSet resolves them, its values are
			// written as a lean object's.
			if !bytes.HasSuffix(fn, []byte(returnOut)) {
				return fn
			}
			written++
			// A copy: fn is part of the file being rewritten.
			kept := bytes.Clone(bytes.TrimSuffix(fn, []byte(returnOut)))
			// The @defer bookkeeping (the object's path walked up to the root, a field set, a
			// map) only when one of its fields is deferred.
			if bytes.Contains(kept, []byte(deferredGroup)) {
				kept = bytes.Replace(kept, []byte(deferredGroup), []byte(lazyDeferredGroup), 1)
				lazyGroups++
			}
			// Its fields with resolvers: resolved one after the other when the resolver asks for it
			// (graph/serial.go).
			serial += bytes.Count(kept, []byte(resolveConcurrently))
			kept = bytes.ReplaceAll(kept, []byte(resolveConcurrently), []byte(leanResolveField))
			return append(kept, "\n\treturn writtenLean(fields, out) "+Lean+"written without a map of the aliases\n}\n"...)
		}
		for _, part := range []string{newFieldSet, deferredGroup, dispatch, deferredTail} {
			if !bytes.Contains(fn, []byte(part)) {
				return fn
			}
		}
		objects++
		fn = bytes.Replace(fn, []byte(newFieldSet), []byte("\t"+Lean+"no field resolved concurrently, so none deferred\n\tout := newLeanObject(fields)\n"), 1)
		fn = bytes.Replace(fn, []byte(deferredGroup), nil, 1)
		fn = bytes.Replace(fn, []byte(dispatch), nil, 1)
		return bytes.Replace(fn, []byte(deferredTail), nil, 1)
	})
	// Objects collect their fields through collectFields, which remembers them (collect.go).
	collects := bytes.Count(out, []byte(collectCall))
	out = bytes.ReplaceAll(out, []byte(collectCall), []byte(leanCollectCall))
	// The query's answer is written into a buffer an earlier answer gave back (response_bytes.go).
	buffers := bytes.Count(out, []byte(answerBuffer))
	out = bytes.ReplaceAll(out, []byte(answerBuffer), []byte(leanAnswerBuffer))
	if fields == 0 || objects == 0 || written == 0 || lazyGroups == 0 || serial == 0 || collects == 0 || buffers != 1 {
		return nil, errors.New("no field reading a loaded value, no object without concurrent fields, or not one query answer's buffer, to rewrite: " +
			"have gqlgen's field.gotpl or object.gotpl changed? (see scripts/leanfields)")
	}
	// Objects and lists of objects answered as leaves when they can (leaf.go).
	out, err := leafCode(out, leans, bodies)
	if err != nil {
		return nil, err
	}
	return format.Source(out)
}

// silent tells a marshaller that reports nothing whatever its value: a nullable scalar's.
func silent(body string) bool {
	for _, s := range []string{"AddError", "AddInvalidNull", "GetFieldContext", "marshalSlice", "ec._", "ec.marshal", "ec.unmarshal"} {
		if strings.Contains(body, s) {
			return false
		}
	}
	return strings.Contains(body, "_ = ctx")
}

// indent indents gqlgen's ResolveField call once more, inside a closure.
func indent(call string) string {
	lines := strings.Split(strings.TrimSuffix(call, "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = "\t" + lines[i]
	}
	return strings.Join(lines, "\n") + "\n"
}

func main() { rewrite.Main("leanfields", rewriteFile) }
