package mentoring

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"entgo.io/contrib/entgql"

	"guichet/account"
	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/organization"
	"guichet/ent/program"
	"guichet/locales"
	"guichet/paging"
	"guichet/policy"
	"guichet/rowcount"
	"guichet/viewer"
)

// OrganizationInput is an organisation a signed-in account registers.
type OrganizationInput struct {
	Name          string
	City, Website *string
}

// CreateOrganization registers an organisation; its creator becomes its org-admin (the role
// scoped to the organisation), in the same transaction.
func (s *Service) CreateOrganization(ctx context.Context, sp *ent.Space, v *viewer.Viewer, in OrganizationInput) (*ent.Organization, error) {
	if err := module(sp, ModulePrograms); err != nil {
		return nil, err
	}
	vs := text("name", in.Name, MaxName)
	vs = append(vs, optional("city", in.City, MaxCity)...)
	vs = append(vs, optional("website", in.Website, MaxWebsite)...)
	if w := trimmed(in.Website); w != nil && len(vs) == 0 {
		if u, err := url.Parse(*w); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			vs = append(vs, apperr.Violation{Field: "website", Code: "URL_INVALID"})
		}
	}
	if err := invalid(vs); err != nil {
		return nil, err
	}
	var out *ent.Organization
	err := s.Txn.Run(ctx, func(tx *ent.Tx) error {
		var err error
		out, err = tx.Organization.Create().SetSpaceID(sp.ID).SetName(strings.TrimSpace(in.Name)).
			SetNillableCity(trimmed(in.City)).SetNillableWebsite(trimmed(in.Website)).SetCreatedBy(v.AccountID).
			SetCreatedAt(s.now()).Save(ctx)
		if err != nil {
			return err
		}
		domain := policy.Scope(sp.Slug, orgScope(out.ID))
		if err := account.Grant(ctx, tx, v.AccountID, "org-admin", domain); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: account.EventRoleGranted, ActorID: v.AccountID,
			TargetID: v.AccountID, Client: v.Client, Details: map[string]string{"role": "org-admin", "domain": domain}}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventOrganizationCreated, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"organization": fmt.Sprint(out.ID), "name": out.Name}})
	})
	return out, err
}

// ProgramInput is a program an org-admin adds to their organisation.
type ProgramInput struct {
	OrganizationID   int
	TitleFr, TitleEn *string
	ResponseLevel    int
	ContactEmail     string
	ContactName      *string
}

// CreateProgram adds a PENDING program to an organisation, for staff to approve. Only the
// organisation's admins may (organization:manage in its domain). Either title may be left
// out, not both: a bilingual entry has both.
func (s *Service) CreateProgram(ctx context.Context, sp *ent.Space, v *viewer.Viewer, in ProgramInput) (*ent.Program, error) {
	if err := module(sp, ModulePrograms); err != nil {
		return nil, err
	}
	org, err := s.Client.Organization.Query().Where(organization.ID(in.OrganizationID), organization.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, notFound()
	}
	if err != nil {
		return nil, err
	}
	if !s.allowed(ctx, v, sp, "organization:manage", orgScope(org.ID)) {
		return nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_ORGANIZATION_ADMIN"}
	}
	fr, en := trimmed(in.TitleFr), trimmed(in.TitleEn)
	var vs []apperr.Violation
	if fr == nil && en == nil {
		vs = append(vs, apperr.Violation{Field: "titleFr", Code: "TITLE_REQUIRED"})
	}
	vs = append(vs, optional("titleFr", fr, MaxTitle)...)
	vs = append(vs, optional("titleEn", en, MaxTitle)...)
	if in.ResponseLevel < 1 || in.ResponseLevel > 4 {
		vs = append(vs, apperr.Violation{Field: "responseLevel", Code: "OUT_OF_RANGE", Data: map[string]any{"Min": 1, "Max": 4}})
	}
	address, key, ok := account.NormalizeEmail(in.ContactEmail)
	if !ok {
		vs = append(vs, apperr.Violation{Field: "contactEmail", Code: "EMAIL_INVALID"})
	}
	vs = append(vs, optional("contactName", in.ContactName, MaxName)...)
	if err := invalid(vs); err != nil {
		return nil, err
	}
	name := ""
	if n := trimmed(in.ContactName); n != nil {
		name = *n
	} else if a, err := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx); err == nil {
		name = strings.TrimSpace(a.FirstName + " " + a.LastName)
	}
	var out *ent.Program
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		c := tx.Program.Create().SetSpaceID(sp.ID).SetOrganizationID(org.ID).SetResponseLevel(in.ResponseLevel).
			SetContactEmail(address).SetContactName(name).SetCreatedBy(v.AccountID).SetCreatedAt(s.now())
		if fr != nil {
			c.SetTitleFr(*fr)
		}
		if en != nil {
			c.SetTitleEn(*en)
		}
		var err error
		if out, err = c.Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventProgramCreated, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"organization": fmt.Sprint(org.ID), "program": fmt.Sprint(out.ID)}})
	})
	return out, err
}

// Title is a program's title in a language, the other one when it has none in it.
func Title(p *ent.Program, l locales.Locale) string {
	if l == locales.EN && p.TitleEn != "" || p.TitleFr == "" {
		return p.TitleEn
	}
	return p.TitleFr
}

// Decide approves or rejects a PENDING program (staff), and e-mails its contact. Deciding
// twice is refused (PROGRAM_ALREADY_DECIDED): one conditional UPDATE settles it. Only a
// program of an APPROVED organisation is approved (ORGANIZATION_NOT_APPROVED).
func (s *Service) Decide(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int, approve bool, reason *string) (*ent.Program, error) {
	if err := module(sp, ModulePrograms); err != nil {
		return nil, err
	}
	if reason != nil && utf8.RuneCountInString(*reason) > MaxReason {
		return nil, apperr.Invalid(apperr.Violation{Field: "reason", Code: "TOO_LONG", Data: map[string]any{"Max": MaxReason}})
	}
	p, err := s.Client.Program.Query().Where(program.ID(id), program.SpaceID(sp.ID)).WithOrganization().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, notFound()
	}
	if err != nil {
		return nil, err
	}
	if approve && p.Edges.Organization.Status != organization.StatusAPPROVED {
		return nil, errOrganizationNotApproved()
	}
	to, action, template := program.StatusAPPROVED, EventProgramApproved, "program_approved"
	if !approve {
		to, action, template = program.StatusREJECTED, EventProgramRejected, "program_rejected"
	}
	why := ""
	if r := trimmed(reason); r != nil {
		why = *r
	}
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		n, err := tx.Program.Update().Where(program.ID(id), program.StatusEQ(program.StatusPENDING)).
			SetStatus(to).SetDecidedAt(s.now()).SetDecidedBy(v.AccountID).SetRejectionReason(why).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "PROGRAM_ALREADY_DECIDED", Reason: "ALREADY_DECIDED"}
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: action, ActorID: v.AccountID, Client: v.Client,
			Email: p.ContactEmail, Details: map[string]string{"program": fmt.Sprint(id)}}); err != nil {
			return err
		}
		l := sp.DefaultLocale
		_, key, _ := account.NormalizeEmail(p.ContactEmail)
		if a, err := tx.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx); err == nil {
			l = a.Locale
		}
		kv := []string{"program_title", Title(p, l), "organization_name", p.Edges.Organization.Name}
		if why != "" {
			kv = append(kv, "reason", why)
		}
		return s.send(ctx, tx, sp, p.ContactEmail, p.ContactName, l, template, nil, kv...)
	})
	if err != nil {
		return nil, err
	}
	return s.Client.Program.Get(ctx, id)
}

// NameProgramAdmin gives an account of the space the program-admin role for a program. Only
// the organisation's admins may.
func (s *Service) NameProgramAdmin(ctx context.Context, sp *ent.Space, v *viewer.Viewer, programID int, email string) (*ent.Program, error) {
	if err := module(sp, ModulePrograms); err != nil {
		return nil, err
	}
	p, err := s.program(ctx, sp, programID)
	if err != nil {
		return nil, err
	}
	if !s.allowed(ctx, v, sp, "organization:manage", orgScope(p.OrganizationID)) {
		return nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_ORGANIZATION_ADMIN"}
	}
	_, key, ok := account.NormalizeEmail(email)
	if !ok {
		return nil, apperr.Invalid(apperr.Violation{Field: "email", Code: "EMAIL_INVALID"})
	}
	a, err := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.Invalid(apperr.Violation{Field: "email", Code: "NO_SUCH_ACCOUNT"})
	}
	if err != nil {
		return nil, err
	}
	scope := programScope(p.ID)
	if _, err := s.Accounts.GrantRole(ctx, sp, v.AccountID, a.ID, "program-admin", &scope, v.Client); err != nil {
		return nil, err
	}
	return p, nil
}

func (s *Service) program(ctx context.Context, sp *ent.Space, id int) (*ent.Program, error) {
	p, err := s.Client.Program.Query().Where(program.ID(id), program.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, notFound()
	}
	return p, err
}

// visible are the programs a viewer may see: every one (staff: programs:review), else those
// of the organisations and the programs where the policy gives them program:manage.
type visible struct {
	all            bool
	orgs, programs []int
}

func (s *Service) visiblePrograms(ctx context.Context, sp *ent.Space, v *viewer.Viewer) (visible, error) {
	if s.allowed(ctx, v, sp, "programs:review", "") {
		return visible{all: true}, nil
	}
	orgs, programs, err := s.scopes(ctx, sp, v, "program:manage")
	return visible{orgs: orgs, programs: programs}, err
}

// Programs lists the programs the viewer may see, newest first; totalCount is counted
// without reading them all (countPrograms).
func (s *Service) Programs(ctx context.Context, sp *ent.Space, v *viewer.Viewer, orgID *int, first *int, after *ent.Cursor) (*ent.ProgramConnection, error) {
	q := s.Client.Program.Query().Where(program.SpaceID(sp.ID))
	if orgID != nil {
		q.Where(program.OrganizationID(*orgID))
	}
	q.WithOrganization()
	vis, err := s.visiblePrograms(ctx, sp, v)
	if err != nil {
		return nil, err
	}
	if !vis.all {
		q.Where(program.Or(program.OrganizationIDIn(append(vis.orgs, 0)...), program.IDIn(append(vis.programs, 0)...)))
	}
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := q.Paginate(pageCtx, after, first, nil, nil, ent.WithProgramOrder(&ent.ProgramOrder{
		Field: ent.ProgramOrderFieldCreatedAt, Direction: entgql.OrderDirectionDesc}))
	if err == nil && counted {
		conn.TotalCount, err = s.countPrograms(ctx, sp, vis, orgID)
	}
	return conn, err
}

// countPrograms counts what Programs lists: the programs of whole organisations (or of the
// space, for staff), whose number the database keeps (rowcount), and those the viewer manages
// one by one outside these organisations (as many as they were named admin of).
func (s *Service) countPrograms(ctx context.Context, sp *ent.Space, vis visible, orgID *int) (int, error) {
	orgs := vis.orgs
	switch {
	case vis.all && orgID == nil:
		orgs = []int{rowcount.Space}
	case vis.all || orgID != nil && slices.Contains(orgs, *orgID):
		orgs = []int{*orgID}
	case orgID != nil:
		orgs = nil
	}
	n, err := rowcount.Sum(ctx, s.Client, sp.ID, rowcount.Programs, orgs, rowcount.Every)
	if err != nil || vis.all || len(vis.programs) == 0 {
		return n, err
	}
	q := s.Client.Program.Query().Where(program.SpaceID(sp.ID), program.IDIn(vis.programs...))
	if orgID != nil {
		q.Where(program.OrganizationID(*orgID))
	}
	if len(orgs) > 0 {
		q.Where(program.OrganizationIDNotIn(orgs...))
	}
	one, err := q.Count(ctx)
	return n + one, err
}

// Organization is an organisation's page, for staff, its admins and the admins of its
// programs; others get NOT_FOUND, as if it did not exist.
func (s *Service) Organization(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int) (*ent.Organization, error) {
	if err := module(sp, ModulePrograms); err != nil {
		return nil, err
	}
	org, err := s.Client.Organization.Query().Where(organization.ID(id), organization.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, notFound()
	}
	if err != nil {
		return nil, err
	}
	if s.allowed(ctx, v, sp, "programs:review", "") || s.allowed(ctx, v, sp, "program:manage", orgScope(id)) {
		return org, nil
	}
	_, programs, err := s.scopes(ctx, sp, v, "program:manage")
	if err != nil {
		return nil, err
	}
	if len(programs) > 0 {
		ok, err := s.Client.Program.Query().Where(program.OrganizationID(id), program.IDIn(programs...)).Exist(ctx)
		if err != nil || ok {
			return org, err
		}
	}
	return nil, notFound()
}

// Contact is a program's contact person.
type Contact struct {
	DisplayName string
	Email       string
}

// ContactOf is a program's contact: their name as given, else their address.
func ContactOf(p *ent.Program) *Contact {
	name := p.ContactName
	if name == "" {
		name = p.ContactEmail
	}
	return &Contact{DisplayName: name, Email: p.ContactEmail}
}
