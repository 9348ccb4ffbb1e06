package mentoring

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"

	"guichet/account"
	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/organization"
	"guichet/ent/platformaccessrequest"
	"guichet/ent/program"
	"guichet/locales"
	"guichet/mail"
	"guichet/policy"
	"guichet/upload"
	"guichet/viewer"
)

// AccessInput is a request for access to the e-mentoring platform for a program. The
// program's title is never typed in: it is the program's.
type AccessInput struct {
	ProgramID                                             int
	AdminFirstName, AdminLastName, AdminPhone, AdminEmail string
	Logo                                                  *Upload
	AcceptTerms                                           bool
}

// InvitationPath is where the invitation link leads; its token is the link's token parameter.
const InvitationPath = "/accept-invitation"

// NormalizePhone writes a phone number in E.164 (+15145555555), reading a number typed
// without its country code as one of region. ok is false for what is not a valid number.
func NormalizePhone(raw, region string) (string, bool) {
	n, err := phonenumbers.Parse(strings.TrimSpace(raw), region)
	if err != nil || !phonenumbers.IsValidNumber(n) {
		return "", false
	}
	return phonenumbers.Format(n, phonenumbers.E164), true
}

func (s *Service) checkAccess(sp *ent.Space, in *AccessInput) []apperr.Violation {
	vs := text("adminFirstName", in.AdminFirstName, account.MaxNameLength)
	vs = append(vs, text("adminLastName", in.AdminLastName, account.MaxNameLength)...)
	if phone, ok := NormalizePhone(in.AdminPhone, sp.PhoneRegion); ok {
		in.AdminPhone = phone
	} else {
		vs = append(vs, apperr.Violation{Field: "adminPhone", Code: "PHONE_INVALID"})
	}
	if address, _, ok := account.NormalizeEmail(in.AdminEmail); ok {
		in.AdminEmail = address
	} else {
		vs = append(vs, apperr.Violation{Field: "adminEmail", Code: "EMAIL_INVALID"})
	}
	if !in.AcceptTerms {
		vs = append(vs, apperr.Violation{Field: "acceptTerms", Code: "TERMS_NOT_ACCEPTED"})
	}
	return vs
}

// RequestAccess asks for access to the e-mentoring platform for an approved program of an
// approved organisation, registered itself for onboarding, as one of the program's (or its
// organisation's) admins. The designated administrator is e-mailed an invitation in the program's name, and
// the request shows as a notice pinned on the organisation's page. One request per
// organisation is open at a time: a unique index settles concurrent requests, and the
// loser gets CONFLICT with the open request's id.
func (s *Service) RequestAccess(ctx context.Context, sp *ent.Space, v *viewer.Viewer, in AccessInput) (*ent.PlatformAccessRequest, error) {
	if err := module(sp, ModulePlatformAccess); err != nil {
		return nil, err
	}
	p, err := s.Client.Program.Query().Where(program.ID(in.ProgramID), program.SpaceID(sp.ID)).WithOrganization().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, notFound()
	}
	if err != nil {
		return nil, err
	}
	if !s.mayManageProgram(ctx, sp, v, p) {
		return nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_PROGRAM_ADMIN"}
	}
	if p.Edges.Organization.Status != organization.StatusAPPROVED {
		return nil, errOrganizationNotApproved()
	}
	if p.Status != program.StatusAPPROVED {
		return nil, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "PROGRAM_NOT_APPROVED", Reason: "PROGRAM_NOT_APPROVED"}
	}
	if ok, err := onboarded(ctx, s.Client, p.ID); err != nil || !ok {
		if err == nil {
			err = &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ONBOARDING_REQUIRED", Reason: "ONBOARDING_REQUIRED"}
		}
		return nil, err
	}
	vs := s.checkAccess(sp, &in)
	var checked upload.Info
	if in.Logo != nil {
		var logoVs []apperr.Violation
		if checked, logoVs, err = checkLogo(ctx, in.Logo); err != nil {
			return nil, err
		}
		vs = append(vs, logoVs...)
	}
	if err := invalid(vs); err != nil {
		return nil, err
	}
	// Said before the logo is stored and decoded, for the common case; the index decides below.
	if id, err := s.openRequest(ctx, p.OrganizationID); err != nil || id != 0 {
		if err == nil {
			err = alreadyOpen(id)
		}
		return nil, err
	}
	var logo *StoredLogo
	if in.Logo != nil {
		if logo, err = storeLogo(ctx, s.Blobs, in.Logo, checked); err != nil {
			return nil, err
		}
	}
	requester, err := s.Client.Account.Get(ctx, v.AccountID)
	if err != nil {
		return nil, err
	}
	l := locales.FromContext(ctx)
	title := Title(p, l)
	now := s.now()
	secret, hash := mail.NewSecret()
	var out *ent.PlatformAccessRequest
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		c := tx.PlatformAccessRequest.Create().SetSpaceID(sp.ID).SetOrganizationID(p.OrganizationID).SetProgramID(p.ID).
			SetProgramTitle(title).SetAdminFirstName(strings.TrimSpace(in.AdminFirstName)).
			SetAdminLastName(strings.TrimSpace(in.AdminLastName)).SetAdminPhone(in.AdminPhone).SetAdminEmail(in.AdminEmail).
			SetTermsAcceptedAt(now).SetLocale(l).SetInvitationHash(hash).SetInvitationExpiresAt(now.Add(InvitationTTL)).
			SetOpenOrganizationID(p.OrganizationID).SetRequestedBy(v.AccountID).SetCreatedAt(now)
		if logo != nil {
			c.SetLogoSha256(logo.SHA256).SetLogoContentType(logo.ContentType).SetLogo300Sha256(logo.SquareSHA256)
		}
		var err error
		out, err = c.Save(ctx)
		if ent.IsConstraintError(err) {
			return errOpenMeanwhile
		}
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventAccessRequested, ActorID: v.AccountID,
			Client: v.Client, Email: in.AdminEmail, Details: map[string]string{"request": fmt.Sprint(out.ID),
				"program": fmt.Sprint(p.ID), "organization": fmt.Sprint(p.OrganizationID)}}); err != nil {
			return err
		}
		return s.send(ctx, tx, sp, in.AdminEmail, strings.TrimSpace(in.AdminFirstName+" "+in.AdminLastName), l,
			"platform_invitation", &mail.Link{Path: InvitationPath, Token: secret},
			"program_title", title, "organization_name", p.Edges.Organization.Name, "requester_name", displayName(requester))
	})
	if errors.Is(err, errOpenMeanwhile) {
		// Read outside the transaction, which PostgreSQL aborted with the failed insert.
		id, rerr := s.openRequest(ctx, p.OrganizationID)
		if rerr != nil {
			return nil, rerr
		}
		return nil, alreadyOpen(id)
	}
	return out, err
}

// errOpenMeanwhile rolls back a request that lost the race for its organisation.
var errOpenMeanwhile = errors.New("a request of the organisation opened meanwhile")

func alreadyOpen(id int) error {
	return &apperr.Error{Code: apperr.Conflict, MessageID: "ACCESS_REQUEST_OPEN", ID: fmt.Sprint(id)}
}

// isOpen: a request is open until its invitation is accepted or it is cancelled (the
// contract's status PENDING); an organisation has one open at a time.
var isOpen = platformaccessrequest.StatusEQ(platformaccessrequest.StatusPENDING)

// openRequest is the id of the organisation's open request, 0 for none.
func (s *Service) openRequest(ctx context.Context, orgID int) (int, error) {
	id, err := s.Client.PlatformAccessRequest.Query().Where(platformaccessrequest.OrganizationID(orgID), isOpen).FirstID(ctx)
	if ent.IsNotFound(err) {
		return 0, nil
	}
	return id, err
}

// CancelRequest cancels an open request (its program's or organisation's admins): the
// invitation link stops working and the notice is no longer pinned.
func (s *Service) CancelRequest(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int) (*ent.PlatformAccessRequest, error) {
	if err := module(sp, ModulePlatformAccess); err != nil {
		return nil, err
	}
	r, err := s.Client.PlatformAccessRequest.Query().Where(platformaccessrequest.ID(id), platformaccessrequest.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, notFound()
	}
	if err != nil {
		return nil, err
	}
	p, err := s.program(ctx, sp, r.ProgramID)
	if err != nil {
		return nil, err
	}
	if !s.mayManageProgram(ctx, sp, v, p) {
		return nil, &apperr.Error{Code: apperr.Forbidden, MessageID: "NOT_PROGRAM_ADMIN"}
	}
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		n, err := tx.PlatformAccessRequest.Update().Where(platformaccessrequest.ID(id), isOpen).
			SetStatus(platformaccessrequest.StatusCANCELLED).SetCancelledAt(s.now()).SetCancelledBy(v.AccountID).
			ClearInvitationHash().ClearOpenOrganizationID().Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "ACCESS_REQUEST_NOT_OPEN", Reason: "REQUEST_NOT_OPEN"}
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventAccessCancelled, ActorID: v.AccountID,
			Client: v.Client, Details: map[string]string{"request": fmt.Sprint(id)}})
	})
	if err != nil {
		return nil, err
	}
	return s.Client.PlatformAccessRequest.Get(ctx, id)
}

// AcceptInvitation uses an invitation link: the designated administrator's account is created
// ACTIVE with the password, under the space's policy, and given the program-admin role for the
// program; the request is COMPLETED. An address that already has an account keeps its
// password: the one given must be its current one (a wrong one is a failed sign-in), and
// only the role is added. The link works once (a conditional UPDATE
// spends it) and for InvitationTTL; a refused password does not spend it.
func (s *Service) AcceptInvitation(ctx context.Context, sp *ent.Space, secret, password, client string) (*ent.Account, error) {
	hash := mail.HashSecret(secret)
	r, err := s.Client.PlatformAccessRequest.Query().Where(platformaccessrequest.InvitationHash(hash),
		platformaccessrequest.SpaceID(sp.ID), isOpen, platformaccessrequest.InvitationExpiresAtGT(s.now())).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.InvalidToken}
	}
	if err != nil {
		return nil, err
	}
	who := account.Invitee{Email: r.AdminEmail, FirstName: r.AdminFirstName, LastName: r.AdminLastName, Locale: r.Locale}
	// An address that has an account (with a password) keeps it: the password given must be
	// its current one, and only the role is added. pwHash "" tells JoinInvited so.
	pwHash := ""
	_, key, _ := account.NormalizeEmail(r.AdminEmail)
	existing, err := s.Client.Account.Query().Where(entaccount.SpaceID(sp.ID), entaccount.EmailKey(key)).Only(ctx)
	switch {
	case err == nil && existing.PasswordHash != "":
		if err := s.Accounts.CheckCurrentPassword(ctx, sp, existing, password, client); err != nil {
			return nil, err
		}
	case err != nil && !ent.IsNotFound(err):
		return nil, err
	default:
		if pwHash, err = s.Accounts.HashNewPassword(sp, password, who); err != nil {
			return nil, err
		}
	}
	var out *ent.Account
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		now := s.now()
		n, err := tx.PlatformAccessRequest.Update().Where(platformaccessrequest.ID(r.ID),
			platformaccessrequest.InvitationHash(hash), isOpen, platformaccessrequest.InvitationExpiresAtGT(now)).
			SetStatus(platformaccessrequest.StatusCOMPLETED).SetCompletedAt(now).ClearInvitationHash().
			ClearOpenOrganizationID().Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return &apperr.Error{Code: apperr.InvalidToken}
		}
		if out, err = s.Accounts.JoinInvited(ctx, tx, sp, who, pwHash, client); err != nil {
			return err
		}
		if err := tx.PlatformAccessRequest.UpdateOneID(r.ID).SetAdminAccountID(out.ID).Exec(ctx); err != nil {
			return err
		}
		domain := policy.Scope(sp.Slug, programScope(r.ProgramID))
		if err := account.Grant(ctx, tx, out.ID, "program-admin", domain); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: account.EventRoleGranted, TargetID: out.ID,
			Email: out.Email, Client: client, Details: map[string]string{"role": "program-admin", "domain": domain}}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventInvitationAccepted, ActorID: out.ID,
			TargetID: out.ID, Email: out.Email, Client: client, Details: map[string]string{"request": fmt.Sprint(r.ID)}})
	})
	return out, err
}

// Notice is a notice on an organisation's page, written in the reader's language.
type Notice struct {
	Text      string
	CreatedAt time.Time
	Pinned    bool
	Request   *ent.PlatformAccessRequest
}

// Notices are the organisation's access requests as notices: the open one first (pinned),
// then the others, newest first.
func (s *Service) Notices(ctx context.Context, sp *ent.Space, orgID int, l locales.Locale) ([]*Notice, error) {
	org, err := s.Client.Organization.Query().Where(organization.ID(orgID), organization.SpaceID(sp.ID)).Only(ctx)
	if err != nil {
		return nil, err
	}
	rs, err := s.Client.PlatformAccessRequest.Query().Where(platformaccessrequest.OrganizationID(orgID)).
		Order(ent.Desc(platformaccessrequest.FieldCreatedAt), ent.Desc(platformaccessrequest.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	ids := map[int]bool{}
	for _, r := range rs {
		ids[r.RequestedBy] = true
	}
	people, err := s.Client.Account.Query().Where(entaccount.IDIn(keys(ids)...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[int]*ent.Account{}
	for _, a := range people {
		byID[a.ID] = a
	}
	z := zone(sp)
	var pinned, rest []*Notice
	for _, r := range rs {
		by := byID[r.RequestedBy]
		if by == nil {
			continue // the requester's account is gone: nothing to say who asked
		}
		data := map[string]any{
			"Organization": org.Name, "Program": r.ProgramTitle,
			"Admin": strings.TrimSpace(r.AdminFirstName + " " + r.AdminLastName), "AdminEmail": r.AdminEmail,
			"Requester": displayName(by), "RequesterEmail": by.Email,
			"Date":    locales.FormatDate(l, r.CreatedAt, z),
			"Support": sp.SupportEmail,
		}
		n := &Notice{CreatedAt: r.CreatedAt, Request: r}
		text := locales.Message(l, "NOTICE_INVITATION_SENT", data)
		switch r.Status {
		case platformaccessrequest.StatusPENDING: // open: pinned first
			n.Pinned = true
			n.Text = text + " " + locales.Message(l, "NOTICE_INVITATION_NOT_RECEIVED", data)
			pinned = append(pinned, n)
			continue
		case platformaccessrequest.StatusCOMPLETED:
			data["When"] = locales.FormatDate(l, *r.CompletedAt, z)
			n.Text = text + " " + locales.Message(l, "NOTICE_INVITATION_ACCEPTED", data)
		case platformaccessrequest.StatusCANCELLED:
			data["When"] = locales.FormatDate(l, *r.CancelledAt, z)
			n.Text = text + " " + locales.Message(l, "NOTICE_REQUEST_CANCELLED", data)
		}
		rest = append(rest, n)
	}
	return append(pinned, rest...), nil
}

func keys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// LogoOf is the stored blob of a request's logo: its 300×300 version, or with original its
// file as uploaded; "" when the request has none.
func LogoOf(r *ent.PlatformAccessRequest, original bool) (sum, contentType string) {
	switch {
	case original && r.LogoSha256 != nil:
		return *r.LogoSha256, *r.LogoContentType
	case !original && r.Logo300Sha256 != nil:
		return *r.Logo300Sha256, "image/png"
	}
	return "", ""
}
