package account

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/accountrole"
	"guichet/ent/predicate"
	"guichet/ent/program"
	"guichet/paging"
	"guichet/policy"
	"guichet/role"
	"guichet/viewer"
)

var scopeRE = regexp.MustCompile(`^(entity|organization|program):[1-9][0-9]{0,18}$`)

// checkRole validates a role and its scope: space-wide roles have no scope, the others one.
func checkRole(name string, scope *string) (string, error) {
	s := ""
	if scope != nil {
		s = strings.TrimSpace(*scope)
	}
	switch {
	case slices.Contains(role.SpaceRoles, name):
		if s != "" {
			return "", apperr.Invalid(apperr.Violation{Field: "scope", Code: "ROLE_HAS_NO_SCOPE", Data: map[string]any{"Role": name}})
		}
	case slices.Contains(role.ScopedRoles, name):
		if !scopeRE.MatchString(s) {
			return "", apperr.Invalid(apperr.Violation{Field: "scope", Code: "SCOPE_INVALID", Data: map[string]any{"Role": name}})
		}
	default:
		return "", apperr.Invalid(apperr.Violation{Field: "role", Code: "ROLE_UNKNOWN", Data: map[string]any{"Role": name}})
	}
	return s, nil
}

// GrantRole gives an account of the space a role, in the space or in a scope of it.
func (s *Service) GrantRole(ctx context.Context, sp *ent.Space, actorID, accountID int, name string, scope *string, client string) (*ent.Account, error) {
	return s.changeRole(ctx, sp, actorID, accountID, name, scope, client, true)
}

// RevokeRole takes a role back; it stops counting at the account's next request.
func (s *Service) RevokeRole(ctx context.Context, sp *ent.Space, actorID, accountID int, name string, scope *string, client string) (*ent.Account, error) {
	return s.changeRole(ctx, sp, actorID, accountID, name, scope, client, false)
}

func (s *Service) changeRole(ctx context.Context, sp *ent.Space, actorID, accountID int, name string, scope *string, client string, grant bool) (*ent.Account, error) {
	sc, err := checkRole(name, scope)
	if err != nil {
		return nil, err
	}
	domain := policy.Scope(sp.Slug, sc)
	var out *ent.Account
	err = s.runner().Run(ctx, func(tx *ent.Tx) error {
		a, err := accountIn(ctx, tx.Client(), sp.ID, accountID)
		if err != nil {
			return err
		}
		if a == nil {
			return &apperr.Error{Code: apperr.NotFound}
		}
		out = a
		action := EventRoleGranted
		if grant {
			err = Grant(ctx, tx, a.ID, name, domain)
		} else {
			action = EventRoleRevoked
			_, err = tx.AccountRole.Delete().Where(accountrole.AccountID(a.ID), accountrole.Role(name), accountrole.Domain(domain)).Exec(ctx)
		}
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: action, ActorID: actorID, TargetID: a.ID, Email: a.Email,
			Client: client, Details: map[string]string{"role": name, "domain": domain}})
	})
	return out, err
}

// Assignment is a role held in the space or in a scope of it.
type Assignment struct {
	Role  string
	Scope string // "" for the whole space
}

// Assignments lists an account's roles in the space with their scopes.
func (s *Service) Assignments(ctx context.Context, sp *ent.Space, accountID int) ([]Assignment, error) {
	rows, err := s.Client.AccountRole.Query().Where(accountrole.AccountID(accountID)).
		Order(ent.Asc(accountrole.FieldDomain), ent.Asc(accountrole.FieldRole)).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []Assignment
	for _, r := range rows {
		switch {
		case r.Domain == sp.Slug:
			out = append(out, Assignment{Role: r.Role})
		case strings.HasPrefix(r.Domain, sp.Slug+"/"):
			out = append(out, Assignment{Role: r.Role, Scope: strings.TrimPrefix(r.Domain, sp.Slug+"/")})
		}
	}
	return out, nil
}

// Allowed decides whether the viewer holds perm in the space or, with a scope, in that scope
// of it: the roles held in the whole space count everywhere in it, those held in the scope
// only there. Every object-level check goes through here, to the one enforcer.
func (s *Service) Allowed(ctx context.Context, v *viewer.Viewer, sp *ent.Space, perm policy.Permission, scope string) (bool, error) {
	if v == nil {
		return false, nil
	}
	ok, err := s.Policy.AllowedContext(ctx, policy.Subjects(v.SignedIn(), v.Roles), sp.Slug, perm.Object, perm.Action)
	if err != nil || ok || scope == "" || !v.SignedIn() || v.PasswordResetRequired {
		return ok, err
	}
	domain := policy.Scope(sp.Slug, scope)
	roles, err := s.RolesIn(ctx, v.AccountID, domain)
	if err != nil || len(roles) == 0 {
		return false, err
	}
	return s.Policy.AllowedContext(ctx, roles, domain, perm.Object, perm.Action)
}

// Permissions lists what the viewer may do in the space, or in a scope of it.
func (s *Service) Permissions(ctx context.Context, v *viewer.Viewer, sp *ent.Space, scope string) ([]string, error) {
	var out []string
	for _, p := range s.Policy.Permissions() {
		ok, err := s.Allowed(ctx, v, sp, p, scope)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, p.String())
		}
	}
	return out, nil
}

// RolesInSpace lists, in one query, the roles an account holds in the whole space and, apart,
// those it holds only in scopes of it (an organisation, an entity, a program). Scoped roles
// give no permission in the space as a whole, but their holders read the content written for
// them: a PROGRAM_ADMIN guide is for the admins of any program — of an approved one only
// (scopeApproved).
//
// Every signed-in request asks, so the query is one range of the (account_id, domain) index
// whatever the planner's statistics: the space's domain and its scopes ("space/…") sort
// between space and space+"0" ('0' follows '/') in SQLite's binary collation; PostgreSQL's
// collation may sort otherwise, so there the prefix is matched as such (account_id = ? still
// narrows it to the account's few roles). Domains in that range of other spaces
// ("space-x") are left out here.
func (s *Service) RolesInSpace(ctx context.Context, accountID int, space string) (spaceWide, scoped []string, err error) {
	inDomains := predicate.AccountRole(func(sel *sql.Selector) {
		p := accountrole.And(accountrole.DomainGTE(space), accountrole.DomainLT(space+"0"))
		if sel.Dialect() == dialect.Postgres {
			p = accountrole.Or(accountrole.Domain(space), accountrole.DomainHasPrefix(space+"/"))
		}
		p(sel)
	})
	rows, err := s.Client.AccountRole.Query().Where(accountrole.AccountID(accountID), inDomains,
		accountrole.Or(accountrole.Domain(space), scopeApproved(space))).
		Select(accountrole.FieldRole, accountrole.FieldDomain).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, r := range rows {
		switch {
		case r.Domain == space:
			spaceWide = append(spaceWide, r.Role)
		case !strings.HasPrefix(r.Domain, space+"/"):
		case !slices.Contains(scoped, r.Role):
			scoped = append(scoped, r.Role)
		}
	}
	return spaceWide, scoped, nil
}

// scopeApproved keeps the roles whose scope staff approved, in the same query: a program
// counts once APPROVED, an organisation once one of its programs is (which needs the
// organisation APPROVED: creating one grants its creator org-admin at once, so that they can
// describe their programs while staff review it). Entity roles are granted only when staff or the entity's manager
// approve the account (registry), so an entity scope counts as it is.
func scopeApproved(space string) predicate.AccountRole {
	return func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) {
			b.WriteString("CASE")
			for _, k := range []struct{ kind, column string }{
				{"program", program.FieldID},
				{"organization", program.FieldOrganizationID},
			} {
				prefix := space + "/" + k.kind + ":"
				b.WriteString(" WHEN ")
				hasPrefix(b, s.C(accountrole.FieldDomain), prefix)
				b.WriteString(" THEN EXISTS (SELECT 1 FROM ").Ident(program.Table).WriteString(" WHERE ").
					Ident(program.FieldStatus).WriteString(" = ").Arg(program.StatusAPPROVED.String()).
					WriteString(" AND ").Ident(k.column).WriteString(" = ")
				scopeID(b, s.C(accountrole.FieldDomain), prefix)
				b.WriteString(")")
			}
			b.WriteString(" ELSE ").WriteString(sqlTrue(b)).WriteString(" END")
		}))
	}
}

// hasPrefix writes "column starts with prefix" without LIKE, so that no character of the
// space's slug acts as a wildcard.
func hasPrefix(b *sql.Builder, column, prefix string) {
	b.WriteString("substr(").WriteString(column).WriteString(", 1, " + strconv.Itoa(len(prefix)) + ") = ").Arg(prefix)
}

// scopeID writes the scope's id out of a domain "<space>/<kind>:<id>" as a number. The CASE
// guards the cast (PostgreSQL fails on a non-number): other kinds of domain give NULL, which
// matches nothing, and so does an id too long for 64 bits.
func scopeID(b *sql.Builder, column, prefix string) {
	b.WriteString("CASE WHEN ")
	hasPrefix(b, column, prefix)
	b.WriteString(" AND length(").WriteString(column).WriteString(") <= " + strconv.Itoa(len(prefix)+18))
	b.WriteString(" THEN CAST(substr(").WriteString(column).WriteString(", " + strconv.Itoa(len(prefix)+1) + ") AS BIGINT) END")
}

// sqlTrue is the dialect's true: SQLite before 3.23 has no TRUE keyword.
func sqlTrue(b *sql.Builder) string {
	if b.Dialect() == dialect.Postgres {
		return "TRUE"
	}
	return "1"
}

// ScopesAllowing lists the scopes of the space ("entity:12") in which the viewer holds perm
// through a role held in that scope, sorted.
func (s *Service) ScopesAllowing(ctx context.Context, v *viewer.Viewer, sp *ent.Space, perm policy.Permission) ([]string, error) {
	if !v.SignedIn() || v.PasswordResetRequired {
		return nil, nil
	}
	rows, err := s.Client.AccountRole.Query().
		Where(accountrole.AccountID(v.AccountID), accountrole.DomainHasPrefix(sp.Slug+"/")).
		Order(ent.Asc(accountrole.FieldDomain)).All(ctx)
	if err != nil {
		return nil, err
	}
	byDomain := map[string][]string{}
	var domains []string
	for _, r := range rows {
		if _, seen := byDomain[r.Domain]; !seen {
			domains = append(domains, r.Domain)
		}
		byDomain[r.Domain] = append(byDomain[r.Domain], r.Role)
	}
	var out []string
	for _, d := range domains {
		ok, err := s.Policy.AllowedContext(ctx, byDomain[d], d, perm.Object, perm.Action)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, strings.TrimPrefix(d, sp.Slug+"/"))
		}
	}
	return out, nil
}

// SearchLimit bounds Search.
const SearchLimit = 50

// Search finds the space's accounts whose e-mail or name contains every word of search
// (case ignored), oldest first: at most first of them (20 by default, from 0 to SearchLimit).
func (s *Service) Search(ctx context.Context, sp *ent.Space, search string, first *int) ([]*ent.Account, error) {
	n, _, err := paging.Decode(first, nil, 20, SearchLimit)
	if err != nil {
		return nil, err
	}
	q := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID))
	for _, w := range strings.Fields(search) {
		q.Where(entaccount.Or(entaccount.EmailContainsFold(w), entaccount.FirstNameContainsFold(w), entaccount.LastNameContainsFold(w)))
	}
	return q.Order(ent.Asc(entaccount.FieldID)).Limit(n).All(ctx)
}
