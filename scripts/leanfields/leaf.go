package main

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Leaf answers (graph/leaf.go): for every object type T, leafFields_T tells whether a selection
// on an object reads only loaded values that cannot be null where the schema forbids it, and
// writeLeaf_T writes its JSON from the object. An object's marshaller, and a list marshaller of
// such objects, answer a leaf when they can; otherwise what they answered before.

// leanKind is how a lean field reads and writes its value.
type leanKind int

const (
	leanScalar   leanKind = iota // a non-null scalar, marshalled by scalarFunc(value)
	leanValue                    // a non-null enum or scalar that is its own marshaller
	leanNullable                 // a nullable scalar, its marshaller silent
	leanObject                   // an object or a list, by its marshaller
)

// leanField is a field scripts/leanfields made lean: what a leaf needs of it.
type leanField struct {
	kind       leanKind
	value      string // obj.Field, or obj.Method()
	marshal    string // its marshaller's name
	scalarFunc string // leanScalar: the function marshalling the value
	valueType  string // the value's Go type
}

// neverNull are the scalar marshallers that never answer null; nullWhen, those that answer null
// exactly when the condition (on the value) holds. A scalar marshalled otherwise is no leaf.
var (
	neverNull = map[string]bool{"graphql.MarshalString": true, "graphql.MarshalBoolean": true, "graphql.MarshalInt": true, "scalar.MarshalIntID": true}
	nullWhen  = map[string]string{"scalar.MarshalTime": "%s.IsZero()"}
)

var (
	// An object's marshaller, its fields collected: its name, its value's type, the implementors.
	objectHead = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) _(\w+)\(ctx context\.Context, sel ast\.SelectionSet, obj \*(\S+)\) graphql\.Marshaler \{\n\tfields := collectFields\(ec\.OperationContext, sel, (\w+)\)\n`)
	// A field of it read by a field function, and its __typename.
	objectCase = regexp.MustCompile(`(?m)^\t\tcase "(\w+)":\n\t\t\tout\.Values\[i\] = ec\.(_\w+)\(ctx, field, obj\)\n`)
	typename   = regexp.MustCompile(`(?m)^\t\tcase "__typename":\n\t\t\tout\.Values\[i\] = (graphql\.MarshalString\("\w+"\))\n`)
	// A marshaller of one object: null (and an error when non-null) for nil, else the object's.
	oneObject = regexp.MustCompile(`^\tif v == nil \{\n(\t\tgraphql\.AddInvalidNullError\(ctx, "[^"\n]+"\)\n)?\t\treturn graphql\.Null\n\t\}\n\treturn ec\._(\w+)\(ctx, sel, v\)$`)
	// A marshaller of a list of objects (pointers), as seriallists leaves it.
	listOfObjects = regexp.MustCompile(`^(\tif v == nil \{\n\t\treturn graphql\.Null\n\t\}\n)?\tret := marshalSlice\(ctx, len\(v\), 0, false, func\(ctx context\.Context, i int\) graphql\.Marshaler \{
		fc := graphql\.GetFieldContext\(ctx\)
		fc\.Result = &v\[i\]
		return ec\.(marshal[^(\s]+)\(ctx, sel, v\[i\]\)
	\}\)
`)
	// A nullable scalar's marshaller that marshals what v points to with one function.
	pointedScalar = regexp.MustCompile(`^\tif v == nil \{\n\t\treturn graphql\.Null\n\t\}\n\t_ = sel\n\t_ = ctx\n\tres := ([\w.]+)\(\*v\)\n\treturn res$`)
	// A field read from the object, not a method: reading it again cannot run code.
	structField = regexp.MustCompile(`^obj\.\w+$`)
)

// leafType is an object type, as the leaf functions need it.
type leafType struct {
	name, goType, implementors string
	typename                   string            // its __typename's marshaller, if it has the case
	fields                     map[string]string // GraphQL name → field function
	order                      []string
}

// child is an object, or a list of objects, under a field or a list marshaller.
type child struct {
	typ         string // the object type's name
	list        bool
	nonNull     bool // the object (or the list's elements) may not be null
	nullableNil bool // a list: nil is null (else [])
	values      bool // a list of scalars or enums that are their own marshallers, not objects
}

// childOf is the object, or list of objects, that marshaller marshal writes.
func childOf(bodies map[string]string, marshal string) (child, bool) {
	body, ok := bodies[marshal]
	if !ok {
		return child{}, false
	}
	if m := oneObject.FindStringSubmatch(body); m != nil {
		return child{typ: m[2], nonNull: m[1] != ""}, true
	}
	if m := listOfObjects.FindStringSubmatch(body); m != nil {
		if bodies[m[2]] == "\treturn v" {
			return child{list: true, values: true, nullableNil: m[1] != ""}, true
		}
		elem, ok := childOf(bodies, m[2])
		if !ok || elem.list {
			return child{}, false
		}
		return child{typ: elem.typ, list: true, nonNull: elem.nonNull, nullableNil: m[1] != ""}, true
	}
	return child{}, false
}

// scalarWriter writes value as scalar function f marshals it: a time without the two strings
// graphql.MarshalTime makes (leafTime), anything else by its marshaller.
func scalarWriter(f, value string) string {
	if f == "scalar.MarshalTime" {
		return fmt.Sprintf("leafTime(w, %s)", value)
	}
	return fmt.Sprintf("%s(%s).MarshalGQL(w)", f, value)
}

// leafCode returns src with the leaf functions of every object type added, their hooks in the
// objects' and the lists' marshallers, and how many of each.
func leafCode(src []byte, leans map[string]leanField, bodies map[string]string) ([]byte, error) {
	types := map[string]*leafType{}
	var names []string
	for _, m := range objectHead.FindAllSubmatchIndex(src, -1) {
		t := &leafType{name: string(src[m[2]:m[3]]), goType: string(src[m[4]:m[5]]), implementors: string(src[m[6]:m[7]]), fields: map[string]string{}}
		end := bytes.Index(src[m[1]:], []byte("\n}\n"))
		body := src[m[1] : m[1]+end]
		for _, c := range objectCase.FindAllSubmatch(body, -1) {
			t.fields[string(c[1])] = string(c[2])
			t.order = append(t.order, string(c[1]))
		}
		if c := typename.FindSubmatch(body); c != nil {
			t.typename = string(c[1])
		}
		types[t.name] = t
		names = append(names, t.name)
	}
	sort.Strings(names)
	var code strings.Builder
	for _, n := range names {
		writeLeafFunctions(&code, types[n], types, leans, bodies)
	}
	// The objects' hooks.
	hooks := 0
	out := objectHead.ReplaceAllFunc(src, func(head []byte) []byte {
		m := objectHead.FindSubmatch(head)
		hooks++
		return append(bytes.Clone(head), fmt.Sprintf("\tif leafObjects && ec.leafFields_%s(fields, obj) { %swritten from the loaded values (leaf.go)\n\t\treturn &leafObject[%s]{ec: ec, fields: fields, obj: obj, write: writeLeaf_%s}\n\t}\n",
			m[1], Lean, m[2], m[1])...)
	})
	// The lists' hooks.
	lists := 0
	out = marshaller.ReplaceAllFunc(out, func(fn []byte) []byte {
		m := marshaller.FindSubmatch(fn)
		c, ok := childOf(bodies, string(m[1]))
		if !ok || !c.list {
			return fn
		}
		t, ok := types[c.typ]
		if !ok {
			return fn
		}
		at := bytes.Index(fn, []byte("\tret := marshalSlice("))
		lists++
		hook := fmt.Sprintf("\tif leafObjects { %severy element written from its loaded values (leaf.go)\n\t\tif fields := collectFields(ec.OperationContext, sel, %s); leafAll(ec, fields, v, %t, (*executionContext).leafFields_%s) {\n\t\t\treturn &leafList[%s]{ec: ec, fields: fields, objs: v, write: writeLeaf_%s}\n\t\t}\n\t}\n",
			Lean, t.implementors, c.nonNull, t.name, t.goType, t.name)
		return append(append(bytes.Clone(fn[:at]), hook...), fn[at:]...)
	})
	if hooks == 0 || lists == 0 {
		return nil, errors.New("no object or no list of objects to answer as leaves: have gqlgen's object.gotpl or the list marshallers changed? (see scripts/leanfields)")
	}
	out = append(out, code.String()...)
	if !bytes.Contains(out, []byte("\t\"io\"\n")) {
		out = bytes.Replace(out, []byte("import (\n"), []byte("import (\n\t\"io\"\n"), 1)
	}
	return out, nil
}

// writeLeafFunctions writes leafFields_T and writeLeaf_T of t.
func writeLeafFunctions(b *strings.Builder, t *leafType, types map[string]*leafType, leans map[string]leanField, bodies map[string]string) {
	var check, write strings.Builder
	if t.typename != "" {
		check.WriteString("\t\tcase \"__typename\":\n")
		fmt.Fprintf(&write, "\t\tcase \"__typename\":\n\t\t\t%s.MarshalGQL(w)\n", t.typename)
	}
	for _, name := range t.order {
		f, ok := leans[t.fields[name]]
		if !ok || !structField.MatchString(f.value) {
			continue
		}
		switch f.kind {
		case leanScalar:
			if cond, ok := nullWhen[f.scalarFunc]; ok {
				fmt.Fprintf(&check, "\t\tcase %q:\n\t\t\tif "+cond+" {\n\t\t\t\treturn false\n\t\t\t}\n", name, f.value)
			} else if neverNull[f.scalarFunc] {
				fmt.Fprintf(&check, "\t\tcase %q:\n\t\t\t_ = %s\n", name, f.value)
			} else {
				continue
			}
			fmt.Fprintf(&write, "\t\tcase %q:\n\t\t\t%s\n", name, scalarWriter(f.scalarFunc, f.value))
		case leanValue:
			fmt.Fprintf(&check, "\t\tcase %q:\n\t\t\t_ = %s\n", name, f.value)
			fmt.Fprintf(&write, "\t\tcase %q:\n\t\t\t%s.MarshalGQL(w)\n", name, f.value)
		case leanNullable:
			fmt.Fprintf(&check, "\t\tcase %q:\n\t\t\t_ = %s\n", name, f.value)
			if m := pointedScalar.FindStringSubmatch(bodies[f.marshal]); m != nil && (neverNull[m[1]] || m[1] == "scalar.MarshalTime") {
				// What v points to, written as its marshaller would, without the marshaller.
				null := "v == nil"
				if m[1] == "scalar.MarshalTime" {
					null = "v == nil || v.IsZero()"
				}
				fmt.Fprintf(&write, "\t\tcase %q:\n\t\t\tif v := %s; %s {\n\t\t\t\tio.WriteString(w, \"null\")\n\t\t\t} else {\n\t\t\t\t%s\n\t\t\t}\n",
					name, f.value, null, scalarWriter(m[1], "*v"))
				continue
			}
			fmt.Fprintf(&write, "\t\tcase %q:\n\t\t\tec.%s(leafContext, fields[i].Selections, %s).MarshalGQL(w)\n", name, f.marshal, f.value)
		case leanObject:
			c, ok := childOf(bodies, f.marshal)
			if !ok {
				continue
			}
			if c.values {
				// Scalars or enums held by value (not pointers): none can be null.
				if !strings.HasPrefix(f.valueType, "[]") || strings.HasPrefix(f.valueType, "[]*") {
					continue
				}
				fmt.Fprintf(&check, "\t\tcase %q:\n\t\t\t_ = %s\n", name, f.value)
				null := ""
				if c.nullableNil {
					null = fmt.Sprintf("\t\t\tif %s == nil {\n\t\t\t\tio.WriteString(w, \"null\")\n\t\t\t\tcontinue\n\t\t\t}\n", f.value)
				}
				fmt.Fprintf(&write, "\t\tcase %q:\n%s\t\t\tio.WriteString(w, \"[\")\n\t\t\tfor j := range %[3]s {\n\t\t\t\tif j > 0 {\n\t\t\t\t\tio.WriteString(w, \",\")\n\t\t\t\t}\n\t\t\t\t%[3]s[j].MarshalGQL(w)\n\t\t\t}\n\t\t\tio.WriteString(w, \"]\")\n",
					name, null, f.value)
				continue
			}
			ct, ok := types[c.typ]
			if !ok {
				continue
			}
			sub := fmt.Sprintf("collectFields(ec.OperationContext, fields[i].Selections, %s)", ct.implementors)
			if c.list {
				fmt.Fprintf(&check, "\t\tcase %q:\n\t\t\tif !leafAll(ec, %s, %s, %t, (*executionContext).leafFields_%s) {\n\t\t\t\treturn false\n\t\t\t}\n",
					name, sub, f.value, c.nonNull, ct.name)
				null := ""
				if c.nullableNil {
					null = fmt.Sprintf("\t\t\tif %s == nil {\n\t\t\t\tio.WriteString(w, \"null\")\n\t\t\t\tcontinue\n\t\t\t}\n", f.value)
				}
				fmt.Fprintf(&write, "\t\tcase %q:\n%s\t\t\twriteLeafList(ec, w, %s, %s, writeLeaf_%s)\n", name, null, sub, f.value, ct.name)
				continue
			}
			nilCheck := ""
			if c.nonNull {
				nilCheck = "v == nil || "
			}
			fmt.Fprintf(&check, "\t\tcase %q:\n\t\t\tif v := %s; %sv != nil && !ec.leafFields_%s(%s, v) {\n\t\t\t\treturn false\n\t\t\t}\n",
				name, f.value, nilCheck, ct.name, sub)
			fmt.Fprintf(&write, "\t\tcase %q:\n\t\t\tif v := %s; v == nil {\n\t\t\t\tio.WriteString(w, \"null\")\n\t\t\t} else {\n\t\t\t\twriteLeaf_%s(ec, w, %s, v)\n\t\t\t}\n",
				name, f.value, ct.name, sub)
		}
	}
	fmt.Fprintf(b, "\n// leafFields_%[1]s tells whether fields, on obj, are a leaf (leaf.go).\nfunc (ec *executionContext) leafFields_%[1]s(fields []graphql.CollectedField, obj *%[2]s) (ok bool) {\n", t.name, t.goType)
	b.WriteString("\tdefer func() {\n\t\tif recover() != nil {\n\t\t\tok = false\n\t\t}\n\t}()\n")
	b.WriteString("\tfor i := range fields {\n\t\tif fields[i].IsDeferred() {\n\t\t\treturn false\n\t\t}\n\t\tswitch fields[i].Name {\n")
	b.WriteString(check.String())
	b.WriteString("\t\tdefault:\n\t\t\treturn false\n\t\t}\n\t}\n\treturn true\n}\n")
	fmt.Fprintf(b, "\n// writeLeaf_%[1]s writes obj's answer to fields, a leaf (leaf.go).\nfunc writeLeaf_%[1]s(ec *executionContext, w io.Writer, fields []graphql.CollectedField, obj *%[2]s) {\n", t.name, t.goType)
	b.WriteString("\tio.WriteString(w, \"{\")\n\tfirst := true\n\tfor i := range fields {\n\t\tif !writeKey(w, fields, i, &first) {\n\t\t\tcontinue\n\t\t}\n\t\tswitch fields[i].Name {\n")
	b.WriteString(write.String())
	b.WriteString("\t\t}\n\t}\n\tio.WriteString(w, \"}\")\n}\n")
}
