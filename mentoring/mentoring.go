// Package mentoring runs the mentoring network's space: organisations and their programs,
// staff approval, onboarding sessions, and requests for access to the e-mentoring platform
// with their invitation. Every operation is one transaction; races (the last seat, two open
// requests for one organisation, two uses of an invitation) are settled by conditional
// updates and unique indexes, never by checking first in Go. Who may act on an organisation
// or a program is the policy's decision, with the organisation or the program as the domain
// of the org-admin and program-admin roles.
package mentoring

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"guichet/account"
	"guichet/apperr"
	"guichet/blob"
	"guichet/ent"
	"guichet/ent/accountrole"
	"guichet/locales"
	"guichet/mail"
	"guichet/policy"
	"guichet/txn"
	"guichet/viewer"
)

// Service runs the mentoring space's operations.
type Service struct {
	Client   *ent.Client
	Accounts *account.Service
	Txn      *txn.Runner  // runs each operation as one unit of work
	Sealer   *mail.Sealer // seals the links of the e-mail it queues
	Blobs    blob.Store
	Now      func() time.Time
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// Audit actions of the mentoring space.
const (
	EventOrganizationCreated  = "organization.created"
	EventProgramCreated       = "program.created"
	EventProgramApproved      = "program.approved"
	EventProgramRejected      = "program.rejected"
	EventProgramAdminNamed    = "program.admin_named"
	EventOnboardingCreated    = "onboarding.created"
	EventOnboardingRegistered = "onboarding.registered"
	EventAccessRequested      = "platform_access.requested"
	EventAccessCancelled      = "platform_access.cancelled"
	EventInvitationAccepted   = "platform_access.accepted"
)

// Modules of space.yaml that turn the space's parts on.
const (
	ModulePrograms       = "programs"
	ModuleOnboarding     = "onboarding"
	ModulePlatformAccess = "platform-access"
)

// Limits of what the space accepts.
const (
	MaxName     = 200
	MaxTitle    = 200
	MaxCity     = 100
	MaxWebsite  = 300
	MaxCapacity = 1000
	MaxReason   = 2000
)

// InvitationTTL is how long the invitation link works.
const InvitationTTL = 7 * 24 * time.Hour

// module refuses an operation of a part the space does not run, as if it did not exist.
func module(sp *ent.Space, name string) error {
	if slices.Contains(sp.Modules, name) {
		return nil
	}
	return &apperr.Error{Code: apperr.NotFound, MessageID: "MODULE_NOT_IN_SPACE"}
}

// allowed asks the policy whether the viewer holds perm ("object:action") in the space or,
// with a scope ("organization:3", "program:7"), in that scope of it.
func (s *Service) allowed(ctx context.Context, v *viewer.Viewer, sp *ent.Space, perm, scope string) bool {
	p, ok := policy.ParsePermission(perm)
	if !ok || !v.SignedIn() {
		return false
	}
	yes, err := s.Accounts.Allowed(ctx, v, sp, p, scope)
	return err == nil && yes
}

func orgScope(id int) string     { return "organization:" + strconv.Itoa(id) }
func programScope(id int) string { return "program:" + strconv.Itoa(id) }

// scopes are the organisations and programs in which the policy gives the viewer perm through
// a role held there (the staff's space-wide permissions aside).
func (s *Service) scopes(ctx context.Context, sp *ent.Space, v *viewer.Viewer, perm string) (orgs, programs []int, err error) {
	if !v.SignedIn() || v.PasswordResetRequired {
		return nil, nil, nil
	}
	p, _ := policy.ParsePermission(perm)
	rows, err := s.Client.AccountRole.Query().
		Where(accountrole.AccountID(v.AccountID), accountrole.DomainHasPrefix(sp.Slug+"/")).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	byDomain := map[string][]string{}
	for _, r := range rows {
		byDomain[r.Domain] = append(byDomain[r.Domain], r.Role)
	}
	for domain, roles := range byDomain {
		kind, id, ok := strings.Cut(strings.TrimPrefix(domain, sp.Slug+"/"), ":")
		n, err := strconv.Atoi(id)
		if !ok || err != nil {
			continue
		}
		yes, err := s.Accounts.Policy.AllowedContext(ctx, roles, domain, p.Object, p.Action)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case !yes:
		case kind == "organization":
			orgs = append(orgs, n)
		case kind == "program":
			programs = append(programs, n)
		}
	}
	slices.Sort(orgs)
	slices.Sort(programs)
	return orgs, programs, nil
}

// mayManageProgram: the program's admins and its organisation's admins (the policy's
// program:manage, in the program's or the organisation's domain).
func (s *Service) mayManageProgram(ctx context.Context, sp *ent.Space, v *viewer.Viewer, p *ent.Program) bool {
	return s.allowed(ctx, v, sp, "program:manage", programScope(p.ID)) ||
		s.allowed(ctx, v, sp, "program:manage", orgScope(p.OrganizationID))
}

// zone is the space's time zone, Paris when it names none the system knows.
func zone(sp *ent.Space) *time.Location {
	if z, err := time.LoadLocation(sp.TimeZone); err == nil && sp.TimeZone != "" {
		return z
	}
	return locales.Paris
}

// spaceName is the space's name in a language.
func spaceName(sp *ent.Space, l locales.Locale) string {
	if l == locales.EN {
		return sp.NameEn
	}
	return sp.NameFr
}

// send queues a message to an address that may have no account, inside tx.
func (s *Service) send(ctx context.Context, tx *ent.Tx, sp *ent.Space, to, name string, l locales.Locale, template string, link *mail.Link, kv ...string) error {
	data := map[string]string{mail.DataSpaceName: spaceName(sp, l)}
	for i := 0; i+1 < len(kv); i += 2 {
		data[kv[i]] = kv[i+1]
	}
	return mail.Enqueue(ctx, tx, s.Sealer, mail.Message{SpaceID: &sp.ID, To: to, ToName: name, Locale: l,
		Template: template, Data: data, Link: link})
}

// text checks a required one-line text: REQUIRED when blank, TOO_LONG beyond max.
func text(field, value string, max int) []apperr.Violation {
	switch v := strings.TrimSpace(value); {
	case v == "":
		return []apperr.Violation{{Field: field, Code: "REQUIRED"}}
	case utf8.RuneCountInString(v) > max:
		return []apperr.Violation{{Field: field, Code: "TOO_LONG", Data: map[string]any{"Max": max}}}
	}
	return nil
}

// optional checks an optional text: TOO_LONG beyond max.
func optional(field string, value *string, max int) []apperr.Violation {
	if value != nil && utf8.RuneCountInString(strings.TrimSpace(*value)) > max {
		return []apperr.Violation{{Field: field, Code: "TOO_LONG", Data: map[string]any{"Max": max}}}
	}
	return nil
}

func trimmed(s *string) *string {
	if s == nil || strings.TrimSpace(*s) == "" {
		return nil
	}
	t := strings.TrimSpace(*s)
	return &t
}

// invalid is a BAD_USER_INPUT with the violations, or nil when there are none.
func invalid(vs []apperr.Violation) error {
	if len(vs) == 0 {
		return nil
	}
	return apperr.Invalid(vs...)
}

func notFound() error { return &apperr.Error{Code: apperr.NotFound} }

func displayName(a *ent.Account) string {
	if n := strings.TrimSpace(a.FirstName + " " + a.LastName); n != "" {
		return n
	}
	return a.Email
}
