package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"guichet/apperr"
	"guichet/locales"
)

// ControlCharacters refuses, before anything runs, a request with a string argument that
// holds a control character or is not valid UTF-8: in a literal of the document or in a
// variable, at any depth of an input object or list. A NUL byte is refused by PostgreSQL
// (an INTERNAL error), kept by SQLite and then breaks the e-mail it reaches; no other
// control character has a use in a name, a title or a body either. Tab, line feed and
// carriage return are text. Uploads' file names are cleaned where they are stored
// (upload.SafeFilename) and are not checked here.
type ControlCharacters struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = ControlCharacters{}

func (ControlCharacters) ExtensionName() string                   { return "ControlCharacters" }
func (ControlCharacters) Validate(graphql.ExecutableSchema) error { return nil }

func (ControlCharacters) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	c := checker{vars: oc.Variables, seen: map[string]bool{}}
	c.selections(oc.Operation.SelectionSet)
	if c.bad == nil {
		return nil
	}
	id := "CONTROL_CHARACTER"
	if c.bad.invalidUTF8 {
		id = "INVALID_UTF8"
	}
	l := locales.FromContext(ctx)
	return &gqlerror.Error{
		Message:    locales.Message(l, id, map[string]any{"Field": c.bad.path}),
		Locations:  c.bad.locations,
		Extensions: map[string]any{"code": apperr.BadUserInput, "reason": id, "field": c.bad.path},
	}
}

// checker walks the operation's fields (fragments once each) and the values of their
// arguments, variables resolved, and keeps the first bad string.
type checker struct {
	vars map[string]any
	seen map[string]bool // fragments already walked
	bad  *badString
}

type badString struct {
	path        string // the argument's path: input.translations[1].title
	locations   []gqlerror.Location
	invalidUTF8 bool
}

func (c *checker) selections(set ast.SelectionSet) {
	for _, sel := range set {
		if c.bad != nil {
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			for _, a := range s.Arguments {
				c.argument(a.Name, a.Value)
			}
			for _, d := range s.Directives {
				for _, a := range d.Arguments {
					c.argument("@"+d.Name+"."+a.Name, a.Value)
				}
			}
			c.selections(s.SelectionSet)
		case *ast.InlineFragment:
			c.selections(s.SelectionSet)
		case *ast.FragmentSpread:
			if s.Definition != nil && !c.seen[s.Name] {
				c.seen[s.Name] = true
				c.selections(s.Definition.SelectionSet)
			}
		}
	}
}

// argument checks an argument's value, its variables resolved (validation has made sure they
// resolve).
func (c *checker) argument(path string, v *ast.Value) {
	if v == nil {
		return
	}
	if val, err := v.Value(c.vars); err == nil {
		c.value(path, val)
		if c.bad != nil && c.bad.locations == nil && v.Position != nil {
			c.bad.locations = []gqlerror.Location{{Line: v.Position.Line, Column: v.Position.Column}}
		}
	}
}

func (c *checker) value(path string, v any) {
	if c.bad != nil {
		return
	}
	switch v := v.(type) {
	case string:
		c.text(path, v)
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys) // the first bad value named is the same on every run
		for _, k := range keys {
			c.text(path+"."+k, k)
			c.value(path+"."+k, v[k])
		}
	case []any:
		for i, e := range v {
			c.value(path+"["+strconv.Itoa(i)+"]", e)
		}
	case *string:
		if v != nil {
			c.text(path, *v)
		}
	case fmt.Stringer: // enums and custom scalars decoded already
		c.text(path, v.String())
	}
}

func (c *checker) text(path, s string) {
	if c.bad != nil {
		return
	}
	if !utf8.ValidString(s) {
		c.bad = &badString{path: path, invalidUTF8: true}
		return
	}
	for _, r := range s {
		if isControlCharacter(r) {
			c.bad = &badString{path: path}
			return
		}
	}
}

// isControlCharacter reports whether r is refused in text: C0 controls but tab, line feed and
// carriage return; DEL; C1 controls.
func isControlCharacter(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	}
	return false
}
