// Package rewrite runs the commands that rewrite gqlgen's generated code after it is written
// (scripts/seriallists, scripts/leanfields): each reads the file it is given, rewrites it, and
// writes it back only when it changed.
package rewrite

import (
	"bytes"
	"fmt"
	"os"
)

// Main is a rewriting command's main: `tool FILE` rewrites FILE with rewrite, or prints why it
// could not and exits with 1 (2 for a wrong use).
func Main(tool string, rewrite func([]byte) ([]byte, error)) {
	if len(os.Args) != 2 {
		fmt.Fprintf(os.Stderr, "usage: %s graph/generated.go\n", tool)
		os.Exit(2)
	}
	path := os.Args[1]
	src, err := os.ReadFile(path)
	if err == nil {
		var out []byte
		if out, err = rewrite(src); err == nil && !bytes.Equal(out, src) {
			err = os.WriteFile(path, out, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, tool+":", path+":", err)
		os.Exit(1)
	}
}
