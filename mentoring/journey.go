package mentoring

import (
	"context"
	"slices"

	"guichet/ent"
	"guichet/ent/platformaccessrequest"
	"guichet/ent/program"
	"guichet/viewer"
)

// Stage tags of the mentoring journey, in the order of the journey (content/README.md).
var stageOrder = []string{
	"journey:register-organization", "journey:add-program", "journey:program-pending",
	"journey:onboarding", "journey:request-access", "journey:invitation-sent", "journey:platform-admin",
}

// StageTags are the content tags of where an account stands in the mentoring journey, each
// stage of each of its programs once, in the journey's order: the guides that explain the
// next step carry them.
func (s *Service) StageTags(ctx context.Context, sp *ent.Space, a *ent.Account) ([]string, error) {
	v := &viewer.Viewer{SpaceID: sp.ID, AccountID: a.ID}
	orgs, programs, err := s.scopes(ctx, sp, v, "program:manage")
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	if len(orgs) == 0 && len(programs) == 0 {
		seen["journey:register-organization"] = true
	}
	ps, err := s.Client.Program.Query().Where(program.SpaceID(sp.ID),
		program.Or(program.OrganizationIDIn(append(orgs, 0)...), program.IDIn(append(programs, 0)...))).All(ctx)
	if err != nil {
		return nil, err
	}
	if len(orgs) > 0 && len(ps) == 0 {
		seen["journey:add-program"] = true
	}
	for _, p := range ps {
		switch {
		case p.Status == program.StatusPENDING:
			seen["journey:program-pending"] = true
		case p.Status != program.StatusAPPROVED:
		default:
			ok, err := onboarded(ctx, s.Client, p.ID)
			if err != nil {
				return nil, err
			}
			open, err := s.openRequest(ctx, p.OrganizationID)
			if err != nil {
				return nil, err
			}
			switch {
			case !ok:
				seen["journey:onboarding"] = true
			case open != 0:
				seen["journey:invitation-sent"] = true
			default:
				seen["journey:request-access"] = true
			}
		}
	}
	admin, err := s.Client.PlatformAccessRequest.Query().Where(platformaccessrequest.AdminAccountID(a.ID),
		platformaccessrequest.StatusEQ(platformaccessrequest.StatusCOMPLETED)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if admin {
		seen["journey:platform-admin"] = true
	}
	var out []string
	for _, t := range stageOrder {
		if seen[t] {
			out = append(out, t)
		}
	}
	return slices.Clip(out), nil
}
