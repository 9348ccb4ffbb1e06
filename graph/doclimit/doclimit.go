// Package doclimit measures a GraphQL document in one pass of gqlparser's lexer, before it is
// parsed and validated, against limits on what it may hold.
package doclimit

import (
	"maps"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"
)

// Limits bound what a GraphQL document may hold. They are counted in one pass of the
// lexer before the document is parsed and validated: gqlparser's validation is quadratic in
// repeated fields and fragments and cannot be interrupted, so a document must be small before
// it reaches it (graphql-js' maxTokens, the "cost limit before validation" practice).
type Limits struct {
	Tokens     int // lexical tokens (comments aside)
	Fields     int // field selections, a fragment's counted each time it is spread
	Aliases    int
	Directives int
	Fragments  int // fragment definitions
	Spreads    int // fragment spreads (...Name)
	Depth      int // nesting of selection sets, through fragment spreads
	// Repeats bounds how many selections of one selection set share a response name, with
	// inline fragments' and spread fragments' merged in: validation compares each such pair.
	Repeats int
}

// Default leaves every operation of the contract, of the admin app and the
// introspection queries of GraphiQL and graphql-js well within bounds (see README.md).
var Default = Limits{
	Tokens:     10000,
	Fields:     1000,
	Aliases:    200,
	Directives: 50,
	Fragments:  50,
	Spreads:    200,
	Depth:      30,
	Repeats:    10,
}

// What a refusal names, as extensions.reason and as its message's ID.
const (
	LimitTokens     = "QUERY_TOO_MANY_TOKENS"
	LimitFields     = "QUERY_TOO_MANY_FIELDS"
	LimitAliases    = "QUERY_TOO_MANY_ALIASES"
	LimitDirectives = "QUERY_TOO_MANY_DIRECTIVES"
	LimitFragments  = "QUERY_TOO_MANY_FRAGMENTS"
	LimitSpreads    = "QUERY_TOO_MANY_SPREADS"
	LimitDepth      = "QUERY_NESTED_TOO_DEEP"
	LimitRepeats    = "QUERY_REPEATED_FIELD"
)

// Counts is what Count found; a count past its limit stops the pass, so it is then
// only known to be more than the limit.
type Counts struct {
	Tokens, Fields, Aliases, Directives, Fragments, Spreads, Depth, Repeats int
}

// definition is an operation or a fragment definition, as the pass saw it.
type definition struct {
	fields  int
	depth   int // deepest selection set within, its own braces counted
	spreads []spreadAt
	top     *scope
}

type spreadAt struct {
	name  string
	depth int // selection sets around the spread
}

// scope is a selection set with its inline fragments: the fields validation merges.
type scope struct {
	names   map[string]int // response name → selections
	spreads []string
}

// Count measures query in one pass, and names the first limit it exceeds ("" if none). A
// document the lexer cannot read is let through: the parser reports it, having read no further.
func (l Limits) Count(query string) (Counts, string) {
	var (
		c          Counts
		ops        []*definition
		fragments  = map[string]*definition{}
		scopes     []*scope
		cur        *definition
		open       []*scope // the scope of each open selection set
		paren      int      // parentheses open: arguments, variable definitions (values inside)
		atDefStart = true
		fragName   bool // the next name is a fragment definition's
		pending    string
		isFragment bool
		// what the previous tokens make of the next one
		afterSpread, inline, afterOn, afterAt, afterAlias, lastField bool
	)
	newScope := func() *scope {
		sc := &scope{names: map[string]int{}}
		scopes = append(scopes, sc)
		return sc
	}
	lex := lexer.New(&ast.Source{Input: query})
	for {
		tok, err := lex.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			break
		}
		if tok.Kind == lexer.Comment {
			continue
		}
		if c.Tokens++; c.Tokens > l.Tokens {
			return c, LimitTokens
		}
		wasField := lastField
		lastField = false
		switch tok.Kind {
		case lexer.At:
			if c.Directives++; c.Directives > l.Directives {
				return c, LimitDirectives
			}
			afterAt = true
			if afterSpread { // ... @include(…) { }
				afterSpread, inline = false, true
			}
			continue
		case lexer.ParenL:
			paren++
			continue
		case lexer.ParenR:
			paren = max(paren-1, 0)
			continue
		}
		if paren > 0 { // values and variable definitions
			afterAt = false
			continue
		}
		sel := len(open)
		if sel == 0 { // between definitions: keywords, names, type conditions
			switch {
			case tok.Kind == lexer.BraceL:
				cur = &definition{depth: 1, top: newScope()}
				if isFragment {
					if _, dup := fragments[pending]; !dup {
						fragments[pending] = cur
					}
				} else {
					ops = append(ops, cur)
				}
				open = append(open, cur.top)
				atDefStart, isFragment, fragName = false, false, false
			case tok.Kind == lexer.Name && afterAt:
				afterAt = false
			case tok.Kind == lexer.Name && atDefStart:
				atDefStart = false
				if tok.Value == "fragment" {
					isFragment, fragName = true, true
					if c.Fragments++; c.Fragments > l.Fragments {
						return c, LimitFragments
					}
				}
			case tok.Kind == lexer.Name && fragName:
				pending, fragName = tok.Value, false
			}
			continue
		}
		here := open[sel-1]
		switch tok.Kind {
		case lexer.Spread:
			afterSpread, inline, afterOn, afterAlias = true, false, false, false
		case lexer.Name:
			switch {
			case afterAt:
				afterAt = false
			case afterSpread && tok.Value == "on":
				afterSpread, inline, afterOn = false, true, true
			case afterSpread:
				afterSpread = false
				if c.Spreads++; c.Spreads > l.Spreads {
					return c, LimitSpreads
				}
				cur.spreads = append(cur.spreads, spreadAt{tok.Value, sel})
				here.spreads = append(here.spreads, tok.Value)
			case afterOn:
				afterOn = false
			case afterAlias:
				afterAlias = false
			default:
				if c.Fields++; c.Fields > l.Fields {
					return c, LimitFields
				}
				cur.fields++
				// The response name: an alias when a colon follows, else the field's name.
				if here.names[tok.Value]++; here.names[tok.Value] > l.Repeats {
					c.Repeats = here.names[tok.Value]
					return c, LimitRepeats
				}
				lastField = true
			}
		case lexer.Colon:
			if wasField {
				if c.Aliases++; c.Aliases > l.Aliases {
					return c, LimitAliases
				}
				afterAlias = true
			}
		case lexer.BraceL:
			if afterSpread || inline { // an inline fragment's fields merge into the selection set's
				open = append(open, here)
			} else {
				open = append(open, newScope())
			}
			if sel+1 > l.Depth {
				c.Depth = sel + 1
				return c, LimitDepth
			}
			cur.depth = max(cur.depth, sel+1)
			afterSpread, inline, afterOn, afterAlias = false, false, false, false
		case lexer.BraceR:
			if open = open[:sel-1]; len(open) == 0 {
				cur, atDefStart = nil, true
			}
		}
	}
	// Through fragment spreads: each operation's fields with its fragments' counted each time
	// they are spread, and its nesting. A cycle (refused by validation) adds nothing.
	type measure struct{ fields, depth int }
	memo := map[*definition]measure{}
	visiting := map[*definition]bool{}
	var walk func(d *definition) measure
	walk = func(d *definition) measure {
		if m, ok := memo[d]; ok {
			return m
		}
		if visiting[d] {
			return measure{}
		}
		visiting[d] = true
		m := measure{fields: d.fields, depth: d.depth}
		for _, s := range d.spreads {
			f := fragments[s.name]
			if f == nil {
				continue
			}
			fm := walk(f)
			m.fields = min(m.fields+fm.fields, l.Fields+1) // saturates: a fragment bomb is exponential
			m.depth = max(m.depth, s.depth-1+fm.depth)
		}
		visiting[d] = false
		memo[d] = m
		return m
	}
	fields := 0
	for _, op := range ops {
		m := walk(op)
		fields = min(fields+m.fields, l.Fields+1)
		c.Depth = max(c.Depth, m.depth)
	}
	for _, f := range fragments { // an unused fragment is validated too
		m := walk(f)
		fields, c.Depth = max(fields, m.fields), max(c.Depth, m.depth)
	}
	c.Fields = max(c.Fields, fields)
	if c.Fields > l.Fields {
		return c, LimitFields
	}
	if c.Depth > l.Depth {
		return c, LimitDepth
	}
	// Response names of each selection set with those of the fragments spread into it.
	merged := map[*scope]map[string]int{}
	inScope := map[*scope]bool{}
	var names func(sc *scope) map[string]int
	names = func(sc *scope) map[string]int {
		if m, ok := merged[sc]; ok || inScope[sc] {
			return m
		}
		inScope[sc] = true
		m := sc.names
		if len(sc.spreads) > 0 {
			m = maps.Clone(sc.names)
			for _, name := range sc.spreads {
				if f := fragments[name]; f != nil {
					for n, k := range names(f.top) {
						m[n] = min(m[n]+k, l.Repeats+1)
					}
				}
			}
		}
		inScope[sc] = false
		merged[sc] = m
		return m
	}
	for _, sc := range scopes {
		for _, k := range names(sc) {
			c.Repeats = max(c.Repeats, k)
		}
	}
	if c.Repeats > l.Repeats {
		return c, LimitRepeats
	}
	return c, ""
}

// Of is the limit a refusal names.
func (l Limits) Of(name string) int {
	return map[string]int{LimitTokens: l.Tokens, LimitFields: l.Fields, LimitAliases: l.Aliases,
		LimitDirectives: l.Directives, LimitFragments: l.Fragments, LimitSpreads: l.Spreads, LimitDepth: l.Depth,
		LimitRepeats: l.Repeats}[name]
}
