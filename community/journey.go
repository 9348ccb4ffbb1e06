package community

import (
	"context"
	"database/sql"
	"strings"

	"guichet/ent"
	"guichet/ent/beltrequest"
	"guichet/ent/cooptation"
	"guichet/ent/trainingregistration"
	"guichet/ent/workshop"
	"guichet/facilitation"
	"guichet/rowcount"
)

// Requirement is one condition of the next belt, with how far the facilitator has come.
type Requirement struct {
	Code     string // TRAINING, WORKSHOPS or CO_OPTATIONS
	Met      bool
	Progress int
	Target   int
}

// Journey is what a profile's journey tab shows.
type Journey struct {
	Belt, NextBelt      *string
	WorkshopsRun        int
	ParticipantsReached int
	Requirements        []*Requirement
	CoOptations         []*CoOptationView
}

// JourneyOf computes an account's journey in the space.
func (s *Service) JourneyOf(ctx context.Context, sp *ent.Space, accountID int) (*Journey, error) {
	belt, err := beltOf(ctx, s.Client, sp, accountID)
	if err != nil {
		return nil, err
	}
	j := &Journey{Belt: nilIfEmpty(belt), NextBelt: nilIfEmpty(facilitation.Next(belt))}
	var sums []struct {
		Count int
		Sum   sql.NullInt64
	}
	if err := s.Client.Workshop.Query().Where(reportedOf(sp, accountID)...).
		Aggregate(ent.As(ent.Count(), "count"), ent.As(ent.Sum(workshop.FieldParticipants), "sum")).Scan(ctx, &sums); err != nil {
		return nil, err
	}
	if len(sums) == 1 {
		j.WorkshopsRun, j.ParticipantsReached = sums[0].Count, int(sums[0].Sum.Int64)
	}
	r := rules(sp)
	switch next := facilitation.Next(belt); {
	case belt == "":
		attended, err := s.Client.TrainingRegistration.Query().Where(trainingregistration.AccountID(accountID),
			trainingregistration.Attended(true)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		j.Requirements = append(j.Requirements, &Requirement{Code: "TRAINING", Met: attended, Progress: b2i(attended), Target: 1})
	case next == facilitation.Yellow || next == facilitation.Orange:
		target := r.YellowWorkshops
		if next == facilitation.Orange {
			target = r.OrangeWorkshops
		}
		j.Requirements = append(j.Requirements, workshopsRequirement(j.WorkshopsRun, target))
	case next != "":
		// The belt below the next one is held (else it would be the next one); then co-optations.
		got := 0
		req, err := s.Client.BeltRequest.Query().Where(beltrequest.CandidateID(accountID), beltrequest.Belt(next)).Only(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return nil, err
		}
		if req != nil {
			got = req.CoOptationCount
		}
		need := r.CoOptationsFor(next)
		j.Requirements = append(j.Requirements, &Requirement{Code: "CO_OPTATIONS", Met: got >= need, Progress: got, Target: need})
	}
	cs, err := s.Client.CoOptation.Query().Where(cooptation.HasRequestWith(beltrequest.CandidateID(accountID),
		beltrequest.SpaceID(sp.ID))).WithRequest().Order(ent.Desc(cooptation.FieldCreatedAt), ent.Desc(cooptation.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	if j.CoOptations, err = s.views(ctx, sp, cs); err != nil {
		return nil, err
	}
	return j, nil
}

func workshopsRequirement(run, target int) *Requirement {
	return &Requirement{Code: "WORKSHOPS", Met: run >= target, Progress: min(run, target), Target: target}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// BeltCount is how many facilitators hold a belt.
type BeltCount struct {
	Belt  string
	Count int
}

// Indicators are the community's figures, as the community section shows them.
type Indicators struct {
	Facilitators        int
	ByBelt              []*BeltCount
	WorkshopsReported   int
	ParticipantsReached int
}

// CommunityIndicators reads the space's figures from the counts the database keeps
// (rowcount): a few keys, whatever the number of facilitators and workshops.
func (s *Service) CommunityIndicators(ctx context.Context, sp *ent.Space) (*Indicators, error) {
	roles, err := rowcount.Each(ctx, s.Client, sp.ID, rowcount.AccountRoles, rowcount.Space,
		append([]string{"facilitator"}, facilitation.Roles()...)...)
	if err != nil {
		return nil, err
	}
	out := &Indicators{Facilitators: roles["facilitator"]}
	for _, b := range facilitation.Belts {
		out.ByBelt = append(out.ByBelt, &BeltCount{Belt: b, Count: roles[facilitation.Role(b)]})
	}
	reported := workshop.StatusREPORTED.String()
	if out.WorkshopsReported, err = rowcount.Sum(ctx, s.Client, sp.ID, rowcount.Workshops, []int{rowcount.Space}, reported); err != nil {
		return nil, err
	}
	if out.ParticipantsReached, err = rowcount.Sum(ctx, s.Client, sp.ID, rowcount.WorkshopParticipants, []int{rowcount.Space}, reported); err != nil {
		return nil, err
	}
	return out, nil
}

// StageTags are the content tags of an account's stage in its journey, most specific first:
// the guides that explain its next step carry them (content/README.md lists them).
func (s *Service) StageTags(ctx context.Context, sp *ent.Space, a *ent.Account) ([]string, error) {
	belt, err := beltOf(ctx, s.Client, sp, a.ID)
	if err != nil {
		return nil, err
	}
	var tags []string
	if a.PasswordResetRequired {
		tags = append(tags, "journey:legacy-migrated")
	}
	switch {
	case belt != "":
		tags = append(tags, "journey:"+strings.ToLower(belt))
	case s.holds(ctx, sp, a.ID, "participant"):
		tags = append(tags, "journey:participant")
	}
	if s.holds(ctx, sp, a.ID, "trainer") {
		tags = append(tags, "journey:trainer")
	}
	return tags, nil
}
