package help_test

import (
	"testing"

	"guichet/ent/guidetag"
	"guichet/ent/privacy"
	"guichet/help"
	"guichet/locales"
)

// A guide of no category and no tags is related to the guides alike by their words only.
func TestRelatedGuidesWithoutCategoryNorTags(t *testing.T) {
	w := newFeedbackWorld(t)
	allow := privacy.DecisionContext(w.Ctx, privacy.Allow)
	id := w.guideID("belts")
	w.C.Guide.UpdateOneID(id).ClearCategoryID().ExecX(allow)
	w.C.GuideTag.Delete().Where(guidetag.GuideID(id)).ExecX(allow)
	anon := w.anon("facilitators", "203.0.113.5", "")
	g, err := w.svc.GuideBySlug(anon, "les-ceintures", locales.FR, help.Include{})
	if err != nil || g == nil || g.CategoryID != nil {
		t.Fatalf("belts: %v", err)
	}
	rs, err := w.svc.Related(anon, g, nil)
	if err != nil || len(rs) == 0 {
		t.Fatalf("related: %v %v", rs, err)
	}
	for _, r := range rs {
		if r.ID == id {
			t.Errorf("related to itself")
		}
	}
}
