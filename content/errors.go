package content

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Error is one problem in one content file, at the line an editor has to look at.
type Error struct {
	File string // relative to the content root, e.g. spaces/mentoring/guides/a.fr.md
	Line int    // 1-based; 1 when the problem belongs to the whole file
	Msg  string
}

func (e Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Errors is every problem found in a batch, so that an editor fixes them all in one go
// rather than one per run.
type Errors []Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

func (es *Errors) add(file string, line int, format string, args ...any) {
	if line < 1 {
		line = 1
	}
	*es = append(*es, Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// sorted orders the errors by file and line, the order an editor reads them in.
func (es Errors) sorted() Errors {
	slices.SortStableFunc(es, func(a, b Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return es
}

// err returns es as an error, or nil when there is none (never a typed nil).
func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	return es.sorted()
}
