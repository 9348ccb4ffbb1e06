package content

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"guichet/community"
	"guichet/mentoring"
)

// The journey tags editors may give a page (updatePageSettings) are the stages this README
// lists, and take every journey tag the shipped pages carry: an editor re-saving a shipped
// page's tags is never refused.
func TestEditorsJourneyTagsAreTheShippedStages(t *testing.T) {
	if got, want := slices.Sorted(slices.Values(community.JourneyTags())), slices.Sorted(maps.Keys(journeyStages)); !slices.Equal(got, want) {
		t.Fatalf("community.JourneyTags: %v, want %v", got, want)
	}
	b, err := Load(Shipped)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range b.Spaces {
		stages := community.JourneyTags()
		if slices.Contains(s.Modules, mentoring.ModulePrograms) {
			stages = mentoring.JourneyTags()
		}
		var items []Item
		for _, g := range s.Guides {
			items = append(items, g.Item)
		}
		for _, f := range s.FAQs {
			items = append(items, f.Item)
		}
		for _, n := range s.News {
			items = append(items, n.Item)
		}
		for _, it := range items {
			for _, tag := range it.Tags {
				if strings.HasPrefix(tag, "journey:") && !slices.Contains(stages, tag) {
					t.Errorf("%s: %s carries %s, which editors could not give", s.Slug, it.Key, tag)
				}
			}
		}
	}
}
