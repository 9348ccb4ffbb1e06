package doclimit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// small limits, so that fuzzing reaches every one of them.
var small = Limits{Tokens: 300, Fields: 20, Aliases: 3, Directives: 3, Fragments: 3, Spreads: 5, Depth: 4, Repeats: 2}

func TestDocumentLimitsCount(t *testing.T) {
	for _, tc := range []struct {
		doc, exceeded string
	}{
		{`{ a b c }`, ""},
		{`query Q($x: Int = 1 @d) @d { a(x: {y: [1, 2]}) @d { b @d } }`, LimitDirectives}, // 4 directives
		{`{ x: a y: a z: a w: a }`, LimitAliases},
		{`{ a a a }`, LimitRepeats},
		{`{ a ... { a } ... on Q { a } }`, LimitRepeats}, // inline fragments merge
		{`{ a ...F } fragment F on Q { a ...G } fragment G on Q { a }`, LimitRepeats},
		{`{ a { b { c { d { e } } } } }`, LimitDepth},
		{`{ a { ...F } } fragment F on T { b { c { d { e } } } }`, LimitDepth},
		{`{ a { ...F } } fragment F on T { b { c { d } } }`, ""},
		{`{ ...A } fragment A on Q { ...B ...B } fragment B on Q { ...C ...C } fragment C on Q { a b c d e f }`, LimitFields},
		{`{ x } fragment A on Q { ...B ...B } fragment B on Q { ...C ...C } fragment C on Q { a b c d e f }`, LimitFields}, // unused
		{`{ ...A } fragment A on Q { ...B } fragment B on Q { ...A x }`, ""},                                               // a cycle: validation's to refuse
		{`{ ...A ...A ...A ...A ...A ...A } fragment A on Q { x }`, LimitSpreads},
		{`fragment A on Q { x } fragment B on Q { x } fragment C on Q { x } fragment D on Q { x } { x }`, LimitFragments},
		{`{ a(x: [` + strings.Repeat("1 ", 400) + `]) }`, LimitTokens},
		{`{ a(x: "{ b b b }") }`, ""}, // braces in values are not selections
		{`{ a(x: { y: { z: { w: { v: 1 } } } }) }`, ""},
		{`{ a # b b b b
		}`, ""},
		{`query fragment { a }`, ""}, // an operation named like the keyword
		{`{ a "unterminated }`, ""},  // left to the parser
		{`}}}{{{`, ""},
	} {
		if c, got := small.Count(tc.doc); got != tc.exceeded {
			t.Errorf("%s: %q, want %q (%+v)", tc.doc, got, tc.exceeded, c)
		}
	}
}

// FuzzDocumentLimits: whatever the input, Count never panics, and a document it lets through
// that parses is within every limit, as counted again on the parsed document.
func FuzzDocumentLimits(f *testing.F) {
	for _, seed := range []string{
		`{ a b c }`, `{ a: b @include(if: true) ... on T { c } ...F } fragment F on T { d { e } }`,
		`query Q($x: [Int!] = [1]) @d { a(x: {y: $x}) }`, `{ ...A } fragment A on Q { ...B ...B } fragment B on Q { x }`,
		`{ ...A } fragment A on Q { ...A }`, `{ __typename __typename __typename }`, `mutation { a }`,
	} {
		f.Add(seed)
	}
	for _, glob := range []string{"../../apitest/contract/*.graphql", "../../web/testdata/*.graphql"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			b, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, doc string) {
		Default.Count(doc)
		if _, exceeded := small.Count(doc); exceeded != "" {
			return
		}
		parsed, err := parser.ParseQuery(&ast.Source{Input: doc})
		if err != nil {
			return
		}
		if got := countParsed(parsed); !within(got, small) {
			t.Fatalf("let through %+v, past %+v", got, small)
		}
	})
}

func within(c, l Limits) bool {
	return c.Fields <= l.Fields && c.Aliases <= l.Aliases && c.Directives <= l.Directives && c.Fragments <= l.Fragments &&
		c.Spreads <= l.Spreads && c.Depth <= l.Depth && c.Repeats <= l.Repeats
}

// countParsed counts a parsed document as Count does on its tokens: the fuzz target's oracle.
func countParsed(doc *ast.QueryDocument) Limits {
	var c Limits
	c.Fragments = len(doc.Fragments)
	frags := map[string]*ast.FragmentDefinition{}
	for _, f := range doc.Fragments {
		if frags[f.Name] == nil {
			frags[f.Name] = f
		}
		c.Directives += len(f.Directives)
	}
	for _, op := range doc.Operations {
		c.Directives += len(op.Directives)
		for _, v := range op.VariableDefinitions {
			c.Directives += len(v.Directives)
		}
	}
	// Lexical counts, each selection once.
	var lexical func(set ast.SelectionSet)
	lexical = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				c.Directives += len(s.Directives)
				if s.Alias != s.Name {
					c.Aliases++
				}
				lexical(s.SelectionSet)
			case *ast.InlineFragment:
				c.Directives += len(s.Directives)
				lexical(s.SelectionSet)
			case *ast.FragmentSpread:
				c.Directives += len(s.Directives)
				c.Spreads++
			}
		}
	}
	// Through spreads, with a guard on cycles: fields, depth, and response names merged.
	onPath := map[string]bool{}
	var expand func(set ast.SelectionSet, depth int, names map[string]int) int
	expand = func(set ast.SelectionSet, depth int, names map[string]int) int {
		fields := 0
		c.Depth = max(c.Depth, depth)
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				fields++
				names[s.Alias]++
				c.Repeats = max(c.Repeats, names[s.Alias])
				if len(s.SelectionSet) > 0 {
					fields += expand(s.SelectionSet, depth+1, map[string]int{})
				}
			case *ast.InlineFragment:
				fields += expand(s.SelectionSet, depth, names)
			case *ast.FragmentSpread:
				f := frags[s.Name]
				if f == nil || onPath[s.Name] {
					continue
				}
				onPath[s.Name] = true
				fields += expand(f.SelectionSet, depth, names)
				onPath[s.Name] = false
			}
		}
		return fields
	}
	for _, op := range doc.Operations {
		lexical(op.SelectionSet)
		c.Fields += expand(op.SelectionSet, 1, map[string]int{})
	}
	for _, f := range doc.Fragments {
		lexical(f.SelectionSet)
		onPath[f.Name] = true
		expand(f.SelectionSet, 1, map[string]int{})
		onPath[f.Name] = false
	}
	return c
}
