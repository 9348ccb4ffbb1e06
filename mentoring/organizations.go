package mentoring

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/contrib/entgql"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/ent/onboardingregistration"
	"guichet/ent/organization"
	"guichet/ent/program"
	"guichet/mail"
	"guichet/paging"
	"guichet/policy"
	"guichet/viewer"
)

// Audit actions of staff's decisions on organisations.
const (
	EventOrganizationApproved = "organization.approved"
	EventOrganizationRejected = "organization.rejected"
)

// MaxOrganizationReason is the longest reason staff may give for rejecting an organisation.
const MaxOrganizationReason = 1000

// errOrganizationNotApproved refuses what needs the program's organisation APPROVED: approving
// one of its programs, asking for access to the platform for one.
func errOrganizationNotApproved() error {
	return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ORGANIZATION_NOT_APPROVED", Reason: "ORGANIZATION_NOT_APPROVED"}
}

// organizationApproved refuses, with ORGANIZATION_NOT_APPROVED, a program whose organisation
// staff have not approved. An organisation is decided once and never goes back to PENDING, so
// reading it before the operation's transaction cannot be outdated by the time it writes.
func organizationApproved(ctx context.Context, c *ent.Client, orgID int) error {
	ok, err := c.Organization.Query().Where(organization.ID(orgID), organization.StatusEQ(organization.StatusAPPROVED)).Exist(ctx)
	if err == nil && !ok {
		err = errOrganizationNotApproved()
	}
	return err
}

// Organizations lists the space's organisations for staff (the schema checks programs:review),
// newest first, those with status only when it is given.
func (s *Service) Organizations(ctx context.Context, sp *ent.Space, status *organization.Status, first *int, after *ent.Cursor) (*ent.OrganizationConnection, error) {
	if err := module(sp, ModulePrograms); err != nil {
		return nil, err
	}
	q := s.Client.Organization.Query().Where(organization.SpaceID(sp.ID))
	if status != nil {
		q.Where(organization.StatusEQ(*status))
	}
	return q.Paginate(paging.Lean(ctx), after, first, nil, nil, ent.WithOrganizationOrder(&ent.OrganizationOrder{
		Field: ent.OrganizationOrderFieldCreatedAt, Direction: entgql.OrderDirectionDesc}))
}

// DecideOrganization approves or rejects a PENDING organisation (staff) and e-mails its
// org-admins, each in their language; a rejection needs a reason, which they read. Deciding
// twice is refused with PRECONDITION_FAILED, reason ALREADY_DECIDED, as for programs: one
// conditional UPDATE settles two staff deciding at once.
func (s *Service) DecideOrganization(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int, approve bool, reason string) (*ent.Organization, error) {
	if err := module(sp, ModulePrograms); err != nil {
		return nil, err
	}
	why := strings.TrimSpace(reason)
	if !approve {
		switch {
		case why == "":
			return nil, apperr.Invalid(apperr.Violation{Field: "reason", Code: "REQUIRED"})
		case utf8.RuneCountInString(why) > MaxOrganizationReason:
			return nil, apperr.Invalid(apperr.Violation{Field: "reason", Code: "TOO_LONG", Data: map[string]any{"Max": MaxOrganizationReason}})
		}
	}
	org, err := s.Client.Organization.Query().Where(organization.ID(id), organization.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, notFound()
	}
	if err != nil {
		return nil, err
	}
	to, action, template := organization.StatusAPPROVED, EventOrganizationApproved, "organization_approved"
	if !approve {
		to, action, template = organization.StatusREJECTED, EventOrganizationRejected, "organization_rejected"
	}
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		n, err := tx.Organization.Update().Where(organization.ID(id), organization.StatusEQ(organization.StatusPENDING)).
			SetStatus(to).SetDecidedAt(s.now()).SetDecidedBy(v.AccountID).SetRejectionReason(why).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ORGANIZATION_ALREADY_DECIDED", Reason: "ALREADY_DECIDED"}
		}
		details := map[string]string{"organization": fmt.Sprint(id)}
		if !approve {
			details["reason"] = why
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: action, ActorID: v.AccountID, Client: v.Client,
			Details: details}); err != nil {
			return err
		}
		ids, err := tx.AccountRole.Query().Where(accountrole.Role("org-admin"),
			accountrole.Domain(policy.Scope(sp.Slug, orgScope(id)))).Select(accountrole.FieldAccountID).Ints(ctx)
		if err != nil {
			return err
		}
		people, err := tx.Account.Query().Where(entaccount.IDIn(ids...)).Order(ent.Asc(entaccount.FieldID)).All(ctx)
		if err != nil {
			return err
		}
		kv := []string{"organization_name", org.Name}
		if !approve {
			kv = append(kv, "reason", why)
		}
		for _, a := range people {
			if err := mail.Notify(ctx, tx, s.Sealer, sp, a, template, nil, kv...); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s.Client.Organization.Get(ctx, id)
}

// Registration is a program's seat at an onboarding session, as staff read it.
type Registration struct {
	Program      *ent.Program
	RegisteredBy *ent.Account
	CreatedAt    time.Time
}

// Registrations are who registered which program for a session, in the order they did (staff:
// the schema checks onboarding:manage).
func (s *Service) Registrations(ctx context.Context, sessionID int) ([]*Registration, error) {
	rows, err := s.Client.OnboardingRegistration.Query().Where(onboardingregistration.SessionID(sessionID)).
		Order(ent.Asc(onboardingregistration.FieldCreatedAt), ent.Asc(onboardingregistration.FieldID)).All(ctx)
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	programIDs, accountIDs := map[int]bool{}, map[int]bool{}
	for _, r := range rows {
		programIDs[r.ProgramID], accountIDs[r.RegisteredBy] = true, true
	}
	programs, err := s.Client.Program.Query().Where(program.IDIn(keys(programIDs)...)).All(ctx)
	if err != nil {
		return nil, err
	}
	people, err := s.Client.Account.Query().Where(entaccount.IDIn(keys(accountIDs)...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byProgram, byAccount := map[int]*ent.Program{}, map[int]*ent.Account{}
	for _, p := range programs {
		byProgram[p.ID] = p
	}
	for _, a := range people {
		byAccount[a.ID] = a
	}
	out := make([]*Registration, 0, len(rows))
	for _, r := range rows {
		p, a := byProgram[r.ProgramID], byAccount[r.RegisteredBy]
		if p == nil || a == nil {
			continue // the program or the account is gone: nothing left to show
		}
		out = append(out, &Registration{Program: p, RegisteredBy: a, CreatedAt: r.CreatedAt})
	}
	return out, nil
}
