package markdown

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"guichet/apperr"
)

// Limits of the Markdown the renderer accepts. goldmark (v1.8.7, the latest) has no limits of
// its own, and some inputs cost it time or output out of proportion to their size: 200,000
// nested "> " took 178 s; a 2,000-column table padded on every row 40 MB of HTML; a
// reference to a long address repeated 20 MB. Each limit is far above what a help page
// writes, and keeps the worst document at a few milliseconds.
const (
	MaxLength       = 200_000 // characters: a guide's body
	MaxDepth        = 10      // block quotes and lists nested in one another
	MaxBracketDepth = 8       // unclosed [ in one paragraph (each ] reads what its [ holds)
	MaxListItems    = 5_000   // in all: goldmark's cost grows faster than a list's length
	MaxTableColumns = 64
	MaxTableCells   = 10_000 // all tables' rows × columns (short rows are padded)
	// MaxDefinitionBlock bounds the lines of a block that holds link definitions
	// ([label]: address): goldmark reads such a block again for each definition.
	MaxDefinitionBlock = 20
	MaxDefinitions     = 1_000 // in all
	// MaxLinkScan bounds what goldmark reads after every "](" looking for an address and a
	// title: text without spaces after many of them is read again for each.
	MaxLinkScan = 1_000_000
	// MaxLinkBytes bounds the addresses and titles of all links and images as rendered: a
	// reference ([text][label]) repeats its definition's address each time it is used.
	MaxLinkBytes = 400_000
)

// LimitError is Markdown that exceeds one of the limits. Code is its message ID; Max the limit.
type LimitError struct {
	Code      string
	Max, Seen int
	Line      int // 1-based, when the limit is about one place
}

func (e *LimitError) Error() string {
	what := map[string]string{
		"TOO_LONG":                       "more characters than",
		"MARKDOWN_TOO_DEEP":              "block quotes and lists nested deeper than",
		"MARKDOWN_BRACKETS_TOO_DEEP":     "unclosed brackets nested deeper than",
		"MARKDOWN_TABLE_TOO_WIDE":        "a table with more columns than",
		"MARKDOWN_TOO_MANY_LIST_ITEMS":   "more list items than",
		"MARKDOWN_TABLES_TOO_LARGE":      "tables with more cells in all than",
		"MARKDOWN_DEFINITIONS_TOO_LONG":  "a block of link definitions with more lines than",
		"MARKDOWN_TOO_MANY_DEFINITIONS":  "more link definitions than",
		"MARKDOWN_LINKS_UNSPACED":        "unspaced text after links, to be read, longer than",
		"MARKDOWN_LINK_ADDRESS_TOO_LONG": "link addresses and titles, as rendered, longer than",
	}[e.Code]
	at := ""
	if e.Line > 0 {
		at = fmt.Sprintf(" (line %d)", e.Line)
	}
	return fmt.Sprintf("markdown: %s %d%s", what, e.Max, at)
}

// Violation is the error as a BAD_USER_INPUT of field, its message stating the limit.
func (e *LimitError) Violation(field string) apperr.Violation {
	data := map[string]any{"Max": e.Max}
	if e.Line > 0 {
		data["Line"] = e.Line
	}
	return apperr.Violation{Field: field, Code: e.Code, Data: data}
}

// Check refuses Markdown over the limits by reading its text once, before goldmark parses
// it. It over-estimates where it must guess (it does not know which lines are code), never
// under-estimates.
func Check(src string) error {
	if n := utf8.RuneCountInString(src); n > MaxLength {
		return &LimitError{Code: "TOO_LONG", Max: MaxLength, Seen: n}
	}
	if err := checkLines(src); err != nil {
		return err
	}
	if cost := linkScan(src); cost > MaxLinkScan {
		return &LimitError{Code: "MARKDOWN_LINKS_UNSPACED", Max: MaxLinkScan, Seen: cost}
	}
	return nil
}

// checkLines measures, line by line, the nesting each line can open, the tables and the
// blocks of link definitions.
func checkLines(src string) error {
	var (
		tableCols, cells, brackets int
		items, defs                int
		blockLines, blockStart     int
		blockDefs                  bool
	)
	endBlock := func() error {
		if blockDefs && blockLines > MaxDefinitionBlock {
			return &LimitError{Code: "MARKDOWN_DEFINITIONS_TOO_LONG", Max: MaxDefinitionBlock, Seen: blockLines, Line: blockStart}
		}
		tableCols, brackets, blockLines, blockDefs = 0, 0, 0, false
		return nil
	}
	n := 0
	for rest := src; rest != ""; {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		n++
		if strings.TrimSpace(line) == "" {
			if err := endBlock(); err != nil {
				return err
			}
			continue
		}
		if blockLines == 0 {
			blockStart = n
		}
		blockLines++
		depth, markers, content := containerPrefix(line)
		if markers && !thematicBreak(line) {
			if depth > MaxDepth {
				return &LimitError{Code: "MARKDOWN_TOO_DEEP", Max: MaxDepth, Seen: depth, Line: n}
			}
			if items += listMarkers(line, content); items > MaxListItems {
				return &LimitError{Code: "MARKDOWN_TOO_MANY_LIST_ITEMS", Max: MaxListItems, Seen: items, Line: n}
			}
		}
		if strings.HasPrefix(content, "[") && strings.Contains(content, "]:") {
			blockDefs = true
			if defs++; defs > MaxDefinitions {
				return &LimitError{Code: "MARKDOWN_TOO_MANY_DEFINITIONS", Max: MaxDefinitions, Seen: defs, Line: n}
			}
		}
		cells += tableCols // a row of the table above, padded to its width
		if cols := delimiterRow(content); cols > 0 {
			if cols > MaxTableColumns {
				return &LimitError{Code: "MARKDOWN_TABLE_TOO_WIDE", Max: MaxTableColumns, Seen: cols, Line: n}
			}
			cells += cols - tableCols // its header; the line itself renders nothing
			tableCols = max(tableCols, cols)
		}
		if cells > MaxTableCells {
			return &LimitError{Code: "MARKDOWN_TABLES_TOO_LARGE", Max: MaxTableCells, Seen: cells, Line: n}
		}
		for i := 0; i < len(line); i++ {
			switch line[i] {
			case '\\':
				i++
			case '[':
				if brackets++; brackets > MaxBracketDepth {
					return &LimitError{Code: "MARKDOWN_BRACKETS_TOO_DEEP", Max: MaxBracketDepth, Seen: brackets, Line: n}
				}
			case ']':
				brackets = max(0, brackets-1)
			}
		}
	}
	return endBlock()
}

// containerPrefix reads the block quote markers, list markers and indentation a line starts
// with. Each nested level takes at least one '>' or a list marker, or two columns of
// indentation (a list item's content is at least two columns in), so depth bounds the levels
// the line can be in; markers says whether it opens any (a line without one opens none).
func containerPrefix(line string) (depth int, markers bool, content string) {
	cols, i := 0, 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ':
			cols++
			i++
		case c == '\t':
			cols += 4
			i++
		case c == '>':
			depth++
			markers = true
			i++
			if i < len(line) && (line[i] == ' ' || line[i] == '\t') {
				i++
			}
		default:
			w := listMarker(line[i:])
			if w == 0 {
				return depth + cols/2, markers, line[i:]
			}
			depth++
			markers = true
			i += w + 1 // the marker and the space after it
		}
	}
	return depth + cols/2, markers, ""
}

// listMarkers counts the list markers in the prefix of line (what precedes content).
func listMarkers(line, content string) int {
	prefix, n := line[:len(line)-len(content)], 0
	for i := 0; i < len(prefix); i++ {
		if (i == 0 || prefix[i-1] == ' ' || prefix[i-1] == '\t' || prefix[i-1] == '>') && listMarker(prefix[i:]) > 0 {
			n++
		}
	}
	return n
}

// listMarker is the width of the list marker s starts with (-, +, * or up to nine digits and
// . or ), followed by a space, a tab or the end of the line), 0 for none.
func listMarker(s string) int {
	w := 0
	switch {
	case s[0] == '-' || s[0] == '+' || s[0] == '*':
		w = 1
	default:
		for w < len(s) && w < 9 && s[w] >= '0' && s[w] <= '9' {
			w++
		}
		if w == 0 || w >= len(s) || (s[w] != '.' && s[w] != ')') {
			return 0
		}
		w++
	}
	if w < len(s) && s[w] != ' ' && s[w] != '\t' {
		return 0
	}
	return w
}

// thematicBreak is a line of three or more -, * or _ and spaces: a rule, not nested lists.
func thematicBreak(line string) bool {
	s := strings.TrimSpace(line)
	if s == "" || !strings.ContainsRune("-*_", rune(s[0])) {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case s[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// delimiterRow is the number of columns of a table's second line (cells of - with optional
// colons, between pipes), 0 when content is not one.
func delimiterRow(content string) int {
	s := strings.TrimSpace(content)
	if !strings.Contains(s, "|") || !strings.Contains(s, "-") || strings.Trim(s, "|:- \t") != "" {
		return 0
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "|"), "|")
	return strings.Count(s, "|") + 1
}

// linkScan is an upper bound of what goldmark reads after each "](": spaces, then an address
// up to a space (or up to > for <address>), spaces, then a title up to its closing quote or
// parenthesis. Each position is found by a pointer that only moves forward, so the scan is
// linear; a pointer already past the true position over-estimates, never under-estimates.
func linkScan(src string) int {
	n := len(src)
	type cursor struct{ at int }
	next := func(c *cursor, from int, match func(i int) bool) int {
		c.at = max(c.at, from)
		for c.at < n && !match(c.at) {
			c.at++
		}
		return c.at
	}
	isSpace := func(i int) bool { return strings.IndexByte(" \t\n\r\v\f", src[i]) >= 0 }
	unescaped := func(b byte) func(i int) bool {
		return func(i int) bool { return src[i] == b && (i == 0 || src[i-1] != '\\') }
	}
	var nonSpace1, nonSpace2, space, angle, quote, apos, paren cursor
	closers := map[byte]*cursor{'"': &quote, '\'': &apos, '(': &paren}
	closer := map[byte]byte{'"': '"', '\'': '\'', '(': ')'}
	cost := 0
	for from := 0; ; {
		k := strings.Index(src[from:], "](")
		if k < 0 {
			return cost
		}
		i := from + k
		from = i + 2
		j := next(&nonSpace1, i+2, func(i int) bool { return !isSpace(i) })
		end := j
		if j < n && src[j] == '<' {
			end = next(&angle, j+1, func(i int) bool { return src[i] == '\n' || unescaped('>')(i) })
		} else {
			end = next(&space, j, isSpace)
		}
		t := next(&nonSpace2, end, func(i int) bool { return !isSpace(i) })
		end = t
		if t < n {
			if c, ok := closers[src[t]]; ok {
				end = next(c, t+1, unescaped(closer[src[t]]))
			}
		}
		cost += end - i
		if cost > MaxLinkScan {
			return cost
		}
	}
}

// checkTree measures what the parsed document will render: the addresses and titles of its
// links (a reference repeats its definition's), and its tables' cells.
func checkTree(doc ast.Node) error {
	linkBytes, cells := 0, 0
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			linkBytes += len(n.Destination) + len(n.Title)
		case *ast.Image:
			linkBytes += len(n.Destination) + len(n.Title)
		case *east.TableCell:
			cells++
		}
		if linkBytes > MaxLinkBytes {
			return ast.WalkStop, &LimitError{Code: "MARKDOWN_LINK_ADDRESS_TOO_LONG", Max: MaxLinkBytes, Seen: linkBytes}
		}
		if cells > MaxTableCells {
			return ast.WalkStop, &LimitError{Code: "MARKDOWN_TABLES_TOO_LARGE", Max: MaxTableCells, Seen: cells}
		}
		return ast.WalkContinue, nil
	})
	return err
}
