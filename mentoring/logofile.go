package mentoring

import (
	"context"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/platformaccessrequest"
)

// LogoFile is the stored blob of a platform access request's logo.
type LogoFile struct {
	Sha256      string
	ContentType string
}

// Logo is the logo of a platform access request of the space: its 300×300 version, or with
// original the file as uploaded. A logo is made to be shown on the e-mentoring platform, so
// anyone may fetch it; a request without one, or of another space, is NOT_FOUND.
func (s *Service) Logo(ctx context.Context, sp *ent.Space, requestID int, original bool) (*LogoFile, error) {
	req, err := s.Client.PlatformAccessRequest.Query().
		Where(platformaccessrequest.ID(requestID), platformaccessrequest.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, logoNotFound()
	}
	if err != nil {
		return nil, err
	}
	sum, contentType := LogoOf(req, original)
	if sum == "" {
		return nil, logoNotFound()
	}
	return &LogoFile{Sha256: sum, ContentType: contentType}, nil
}

func logoNotFound() error { return &apperr.Error{Code: apperr.NotFound, MessageID: "FILE_NOT_FOUND"} }
