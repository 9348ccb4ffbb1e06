package web_test

import (
	"testing"

	"guichet/apitest"
)

// A list that asks for no text reads its guides without it (help.Include.WithoutText), and
// still answers every other field; one that asks for the text gets it.
func TestGuideListsReadTheTextOnlyWhenAsked(t *testing.T) {
	env := apitest.New(t)
	lean := env.Do(t, apitest.Request{Space: fac, Query: `{ guides(first: 5, locale: EN) { edges { node {
		id locale slug title summary revision { number publishedAt } translations { locale slug title } } } } }`}).MustOK(t)
	full := env.Do(t, apitest.Request{Space: fac, Query: `{ guides(first: 5, locale: EN) { edges { node {
		id slug body html } } } }`}).MustOK(t)
	if lean.Len("guides.edges") != 5 || full.Len("guides.edges") != 5 {
		t.Fatalf("pages: %s\n%s", lean.Body, full.Body)
	}
	for i := range 5 {
		n := "guides.edges." + itoa(i) + ".node."
		if lean.Str(n+"title") == "" || lean.Str(n+"summary") == "" || lean.Str(n+"slug") == "" || lean.Str(n+"locale") == "" ||
			lean.Int(n+"revision.number") < 1 || lean.Str(n+"revision.publishedAt") == "" || lean.Len(n+"translations") == 0 ||
			lean.Str(n+"translations.0.title") == "" {
			t.Errorf("guide %d without its text: %v", i, lean.Get("guides.edges."+itoa(i)))
		}
		if full.Str(n+"body") == "" || full.Str(n+"html") == "" || full.Str(n+"slug") != lean.Str(n+"slug") {
			t.Errorf("guide %d with its text: %v", i, full.Get("guides.edges."+itoa(i)))
		}
	}
}
