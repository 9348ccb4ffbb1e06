package community

import (
	"context"

	"guichet/ent"
	"guichet/ent/workshopapplication"
	"guichet/viewer"
)

// ViewerApplication is the viewer's own application to co-facilitate the workshop, whatever
// its status, or nil: the opportunities show an applicant where they stand (and offer to
// withdraw) in any browser. Nobody sees another person's application through it.
func (s *Service) ViewerApplication(ctx context.Context, v *viewer.Viewer, w *ent.Workshop) (*ent.WorkshopApplication, error) {
	if v == nil || v.AccountID == 0 {
		return nil, nil
	}
	a, err := s.Client.WorkshopApplication.Query().
		Where(workshopapplication.WorkshopID(w.ID), workshopapplication.ApplicantID(v.AccountID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return a, err
}
