package mentoring

import (
	"context"
	"fmt"
	"time"

	"entgo.io/contrib/entgql"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	"guichet/ent/onboardingregistration"
	"guichet/ent/onboardingsession"
	"guichet/locales"
	"guichet/mail"
	"guichet/paging"
	"guichet/viewer"
)

// SessionInput is an onboarding session staff schedule.
type SessionInput struct {
	StartsAt time.Time
	Language locales.Locale
	Capacity int
}

// CreateSession schedules an onboarding and training session (staff).
func (s *Service) CreateSession(ctx context.Context, sp *ent.Space, v *viewer.Viewer, in SessionInput) (*ent.OnboardingSession, error) {
	if err := module(sp, ModuleOnboarding); err != nil {
		return nil, err
	}
	var vs []apperr.Violation
	if !in.StartsAt.After(s.now()) {
		vs = append(vs, apperr.Violation{Field: "startsAt", Code: "NOT_IN_FUTURE"})
	}
	if in.Capacity < 1 || in.Capacity > MaxCapacity {
		vs = append(vs, apperr.Violation{Field: "capacity", Code: "OUT_OF_RANGE", Data: map[string]any{"Min": 1, "Max": MaxCapacity}})
	}
	if err := invalid(vs); err != nil {
		return nil, err
	}
	var out *ent.OnboardingSession
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		var err error
		out, err = tx.OnboardingSession.Create().SetSpaceID(sp.ID).SetStartsAt(in.StartsAt).SetLanguage(in.Language).
			SetCapacity(in.Capacity).SetCreatedAt(s.now()).Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventOnboardingCreated, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"session": fmt.Sprint(out.ID)}})
	})
	return out, err
}

// Sessions lists the upcoming onboarding sessions, soonest first.
func (s *Service) Sessions(ctx context.Context, sp *ent.Space, first *int, after *ent.Cursor) (*ent.OnboardingSessionConnection, error) {
	if err := module(sp, ModuleOnboarding); err != nil {
		return nil, err
	}
	return s.Client.OnboardingSession.Query().Where(onboardingsession.SpaceID(sp.ID), onboardingsession.StartsAtGT(s.now())).
		Paginate(paging.Lean(ctx), after, first, nil, nil, ent.WithOnboardingSessionOrder(&ent.OnboardingSessionOrder{
			Field: ent.OnboardingSessionOrderFieldStartsAt, Direction: entgql.OrderDirectionAsc}))
}

// RegisterProgram takes a seat for a program at an onboarding session; that program, and no
// other of its organisation, then counts as registered for onboarding. The program's admins (or its organisation's) may. A
// conditional UPDATE takes the seat only while one is left, and a unique index refuses a
// second registration of the program for the session.
func (s *Service) RegisterProgram(ctx context.Context, sp *ent.Space, v *viewer.Viewer, sessionID, programID int) error {
	if err := module(sp, ModuleOnboarding); err != nil {
		return err
	}
	p, err := s.program(ctx, sp, programID)
	if err != nil {
		return err
	}
	if !s.mayManageProgram(ctx, sp, v, p) {
		return &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_PROGRAM_ADMIN"}
	}
	sess, err := s.Client.OnboardingSession.Query().Where(onboardingsession.ID(sessionID), onboardingsession.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return notFound()
	}
	if err != nil {
		return err
	}
	if !sess.StartsAt.After(s.now()) {
		return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ONBOARDING_STARTED", Reason: "SESSION_STARTED"}
	}
	return s.Txn.Run(ctx, func(tx *ent.Tx) error {
		n, err := tx.OnboardingSession.Update().Where(onboardingsession.ID(sess.ID),
			onboardingsession.SeatsTakenLT(sess.Capacity)).AddSeatsTaken(1).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ONBOARDING_FULL", Reason: "SESSION_FULL"}
		}
		err = tx.OnboardingRegistration.Create().SetSessionID(sess.ID).SetProgramID(p.ID).SetOrganizationID(p.OrganizationID).
			SetRegisteredBy(v.AccountID).SetCreatedAt(s.now()).Exec(ctx)
		if ent.IsConstraintError(err) {
			return &apperr.Error{Code: apperr.Conflict, MessageID: "ALREADY_REGISTERED_FOR_ONBOARDING"}
		}
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventOnboardingRegistered, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"session": fmt.Sprint(sess.ID), "program": fmt.Sprint(p.ID)}}); err != nil {
			return err
		}
		a, err := tx.Account.Get(ctx, v.AccountID)
		if err != nil {
			return err
		}
		return mail.Notify(ctx, tx, s.Sealer, sp, a, "onboarding_registered", nil,
			"program_title", Title(p, a.Locale), "session_date", locales.FormatDate(a.Locale, sess.StartsAt, zone(sp)))
	})
}

// onboarded reports whether the program itself took a seat at an onboarding session: another
// program of its organisation that did (perhaps a pending one, perhaps the only seat) counts
// for nothing here.
func onboarded(ctx context.Context, c *ent.Client, programID int) (bool, error) {
	return c.OnboardingRegistration.Query().Where(onboardingregistration.ProgramID(programID)).Exist(ctx)
}
