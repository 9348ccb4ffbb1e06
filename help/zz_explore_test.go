package help_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"guichet/locales"
)

func TestExplore(t *testing.T) {
	db, ids := shipped(t)
	for _, line := range strings.Split(os.Getenv("Q"), ";") {
		p := strings.SplitN(line, "|", 3)
		if len(p) < 3 {
			continue
		}
		res := search(t, db, as(ids[p[0]]), p[2], locales.Locale(p[1]), 4)
		fmt.Printf("%s %s %q total=%d\n", p[0], p[1], p[2], res.TotalCount)
		for _, h := range res.Hits {
			fmt.Printf("   %-40s %s\n      %s\n", keyOf(h), titleOf(h), h.Snippet)
		}
	}
}
