package content

import (
	"bytes"
	"errors"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// yamlText is one YAML text inside a content file (a whole .yaml file, or a Markdown file's
// front matter), with what it takes to report errors at the file's own line numbers.
type yamlText struct {
	file   string
	offset int // lines of the file above the YAML text: 1 for a front matter after its ---
	errs   *Errors
}

// entry is one key of a YAML mapping.
type entry struct {
	key   string
	line  int // of the key, in the file
	value ast.Node
}

func (y yamlText) line(tk *token.Token) int {
	if tk == nil || tk.Position == nil {
		return 1 + y.offset
	}
	return tk.Position.Line + y.offset
}

// parse returns the YAML text's root node (nil for an empty text), or false after reporting a
// syntax error.
func (y yamlText) parse(data []byte) (ast.Node, bool) {
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		y.yamlError(err, 1+y.offset)
		return nil, false
	}
	if len(f.Docs) == 0 {
		return nil, true
	}
	if len(f.Docs) > 1 {
		y.errs.add(y.file, y.line(f.Docs[1].GetToken()), "more than one YAML document")
		return nil, false
	}
	return f.Docs[0].Body, true
}

func (y yamlText) yamlError(err error, line int) {
	var ye yaml.Error
	if errors.As(err, &ye) {
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			line = y.line(tk)
		}
		y.errs.add(y.file, line, "YAML: %s", ye.GetMessage())
		return
	}
	y.errs.add(y.file, line, "YAML: %v", err)
}

// entries returns the keys of mapping n in order; n == nil is an empty mapping. what names
// the mapping in the error when n is something else.
func (y yamlText) entries(n ast.Node, line int, what string) []entry {
	if n == nil {
		return nil
	}
	if _, null := n.(*ast.NullNode); null {
		return nil
	}
	m, ok := n.(*ast.MappingNode)
	if !ok {
		y.errs.add(y.file, line, "%s must be a mapping of key: value", what)
		return nil
	}
	es := make([]entry, 0, len(m.Values))
	for _, v := range m.Values {
		tk := v.Key.GetToken()
		key := ""
		if tk != nil {
			key = tk.Value
		}
		es = append(es, entry{key: key, line: y.line(tk), value: v.Value})
	}
	return es
}

// keyLines is where the keys of one mapping are.
type keyLines struct {
	at  map[string]int  // key → line in the file
	bad map[string]bool // keys whose value could not be read: reported already, not to report again
}

// line is the line of key, or fallback when the mapping does not give it.
func (k keyLines) line(key string, fallback int) int {
	if l, ok := k.at[key]; ok && l > 0 {
		return l
	}
	return fallback
}

// given reports whether the mapping gives key with a value that could be read.
func (k keyLines) given(key string) bool {
	_, ok := k.at[key]
	return ok && !k.bad[key]
}

// fields decodes the keys of mapping n into targets: a pointer receives the key's value, a
// func(entry) handles a nested mapping. It reports unknown keys and values of the wrong type,
// and returns where each key is. prefix names nested keys in messages ("name.").
func (y yamlText) fields(n ast.Node, line int, prefix string, targets map[string]any) keyLines {
	what := "the front matter"
	if y.offset == 0 {
		what = "the file"
	}
	if prefix != "" {
		what = prefix[:len(prefix)-1]
	}
	lines := keyLines{at: map[string]int{}, bad: map[string]bool{}}
	for _, e := range y.entries(n, line, what) {
		target, known := targets[e.key]
		if !known {
			y.errs.add(y.file, e.line, "unknown key %q", prefix+e.key)
			continue
		}
		lines.at[e.key] = e.line
		if nested, ok := target.(func(entry)); ok {
			nested(e)
			continue
		}
		if _, null := e.value.(*ast.NullNode); null || e.value == nil {
			continue
		}
		if err := yaml.NodeToValue(e.value, target); err != nil {
			y.errs.add(y.file, e.line, "%s%s: want %s", prefix, e.key, describe(target))
			lines.bad[e.key] = true
		}
	}
	return lines
}

// describe says in an editor's words what a key's value should look like.
func describe(target any) string {
	switch target.(type) {
	case *string:
		return "a text"
	case *int:
		return "a whole number"
	case *bool:
		return "true or false"
	case *[]string:
		return "a list such as [a, b]"
	case *time.Time, **time.Time:
		return "a date and time such as 2026-10-01T09:00:00Z"
	}
	return "another kind of value"
}

// splitFrontMatter cuts a Markdown file into its front matter (between the first line "---"
// and the next one) and its body, and returns the file line the body starts on.
func splitFrontMatter(data []byte) (front, body []byte, bodyLine int, ok bool) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	lines := bytes.SplitAfter(data, []byte("\n"))
	if len(lines) == 0 || !isFence(lines[0]) {
		return nil, nil, 0, false
	}
	for i := 1; i < len(lines); i++ {
		if isFence(lines[i]) {
			return bytes.Join(lines[1:i], nil), bytes.Join(lines[i+1:], nil), i + 2, true
		}
	}
	return nil, nil, 0, false
}

func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r\n")) == "---"
}
