package web_test

import (
	"encoding/json"
	"testing"

	"guichet/apitest"
)

// A category's first page in the help center (every category's page read in one statement)
// answers exactly as the same category's guides read as a list of their own: the same
// edges, cursors, pageInfo and totalCount, at a category with more guides than a page, for
// each page size asked (under aliases too), and the next page follows from its endCursor.
// (first: 0 differs, as it did before: hasNextPage true in the help center, false in the list.)
func TestHelpCenterCategoryPageAsItsOwnList(t *testing.T) {
	env := apitest.New(t)
	const conn = `totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }`
	center := env.Do(t, apitest.Request{Space: "certification", Query: `{ categories(locale: EN) { slug
		two: guides(first: 2) { ` + conn + ` } six: guides(first: 6) { ` + conn + ` } } }`}).MustOK(t)
	idx := -1
	for i := range center.Len("categories") {
		if center.Str("categories."+itoa(i)+".slug") == "creating-your-account" {
			idx = i
		}
	}
	if idx < 0 {
		t.Fatalf("no accounts category: %s", center.Body)
	}
	c := "categories." + itoa(idx)
	if center.Int(c+".two.totalCount") != 6 || center.Len(c+".two.edges") != 2 || center.Len(c+".six.edges") != 6 {
		t.Fatalf("help center: %v", center.Get(c))
	}
	q := `query($first: Int, $after: String) { guides(locale: EN, category: "creating-your-account", first: $first, after: $after) { ` + conn + ` } }`
	for alias, first := range map[string]int{"two": 2, "six": 6} {
		list := env.Do(t, apitest.Request{Space: "certification", Query: q, Variables: map[string]any{"first": first}}).MustOK(t)
		got, _ := json.Marshal(center.Get(c + "." + alias))
		want, _ := json.Marshal(list.Get("guides"))
		if string(got) != string(want) {
			t.Errorf("first %d: help center %s, list %s", first, got, want)
		}
	}
	// The page after the help center's first one is the list's next page.
	next := env.Do(t, apitest.Request{Space: "certification", Query: q,
		Variables: map[string]any{"first": 2, "after": center.Str(c + ".two.pageInfo.endCursor")}}).MustOK(t)
	if next.Len("guides.edges") != 2 || next.Str("guides.edges.0.cursor") != center.Str(c+".six.edges.2.cursor") {
		t.Fatalf("next page: %v after %v", next.Get("guides"), center.Get(c+".six"))
	}
}
