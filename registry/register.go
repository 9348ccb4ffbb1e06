package registry

import (
	"context"
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"guichet/account"
	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	"guichet/ent/document"
	"guichet/ent/entity"
	"guichet/locales"
	"guichet/siret"
	"guichet/upload"
)

// Upload is a file a person joins to their registration, as the request brought it.
type Upload struct {
	File        io.Reader
	Filename    string
	ContentType string
}

// Address is where an entity without a SIRET is.
type Address struct {
	Line1, Line2, PostalCode, City, Country *string
}

// DepositorInput is a registration of a depositor account: the entity, its documents and the
// person. Every field may be missing: what the rules need is reported, all at once.
type DepositorInput struct {
	EntityKind          *entity.Kind
	HasSiret            *bool
	Siret               *string
	EntityName          *string
	Address             *Address
	LegalExistenceProof *Upload
	NameOnLegalDocument *bool
	MandateDelegation   *Upload
	MandateSignedOn     *Date
	Person              account.RegisterInput
}

// Limits of what a registration takes.
const (
	MaxEntityNameLength = 200
	MaxAddressLength    = 200
	// MandateMonths is how old a mandate delegation may be.
	MandateMonths = 3
)

// documentTypes are what a document may be: a scan or a PDF.
var documentTypes = []string{upload.PDF, upload.PNG, upload.JPEG}

// RegisterDepositor registers a person for an entity: it creates the entity, or joins the
// one that has this SIRET (entities without a SIRET are each new), and the person's account in
// PENDING_ACTIVATION with its activation e-mail and documents. Every broken rule is reported at
// once, and then nothing is stored: no entity, no account, no file. An address that has an
// account gets the same answer and stores nothing either; its owner is e-mailed (a new
// activation link if the account was never activated).
func (s *Service) RegisterDepositor(ctx context.Context, sp *ent.Space, in DepositorInput, client string) error {
	if !enabled(sp) {
		return notInSpace()
	}
	today := DateOf(s.now().In(locales.Paris))
	docs, vs := s.check(ctx, in, today)
	vs = append(vs, s.Accounts.CheckSignUp(sp, in.Person)...)
	if len(vs) > 0 {
		return account.Invalid(vs)
	}
	return s.Accounts.SignUp(ctx, sp, in.Person, client, func(ctx context.Context, tx *ent.Tx, a *ent.Account, fresh bool) error {
		if !fresh {
			return s.Accounts.SignedUpAgain(ctx, tx, sp, a, client)
		}
		e, manager, err := s.join(ctx, tx, sp, in, a)
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := s.storeDocument(ctx, tx, sp, a, e, d); err != nil {
				return err
			}
		}
		place := "member"
		if manager {
			place = "manager-to-be"
		}
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventDepositorRegistered, ActorID: a.ID,
			TargetID: a.ID, Email: a.Email, Client: client,
			Details: map[string]string{"entity": Scope(e.ID), "place": place, "documents": itoa(len(docs))}})
	})
}

// checkedDocument is an upload that passed its checks, waiting to be stored.
type checkedDocument struct {
	kind     document.Kind
	upload   *Upload
	signedOn *Date
}

// check applies the registration's rules, one violation per broken rule, and returns the
// documents to store when none is broken. It stores nothing.
func (s *Service) check(ctx context.Context, in DepositorInput, today Date) ([]checkedDocument, []apperr.Violation) {
	var vs []apperr.Violation
	add := func(field, code string, data map[string]any) {
		vs = append(vs, apperr.Violation{Field: field, Code: code, Data: data})
	}
	if in.EntityKind == nil {
		add("entityKind", "REQUIRED", nil)
	} else if entity.KindValidator(*in.EntityKind) != nil {
		add("entityKind", "ENTITY_KIND_UNKNOWN", nil)
	}
	// An entity is known by its legal name everywhere, with or without a SIRET.
	name := trimmed(in.EntityName)
	if name == "" {
		add("entityName", "REQUIRED", nil)
	}
	switch {
	case in.HasSiret == nil:
		add("hasSiret", "REQUIRED", nil)
	case *in.HasSiret:
		switch r := siret.Check(deref(in.Siret)); {
		case strings.TrimSpace(deref(in.Siret)) == "":
			add("siret", "REQUIRED", nil)
		case !r.Valid && *r.Reason == siret.NotFourteenDigits:
			add("siret", "SIRET_NOT_14_DIGITS", nil)
		case !r.Valid:
			add("siret", "SIRET_CHECKSUM", nil)
		}
	default:
		if in.Address == nil {
			add("address", "REQUIRED", nil)
		} else {
			for _, f := range []struct {
				field string
				value *string
			}{{"address.line1", in.Address.Line1}, {"address.postalCode", in.Address.PostalCode}, {"address.city", in.Address.City}} {
				if trimmed(f.value) == "" {
					add(f.field, "REQUIRED", nil)
				}
			}
		}
	}
	if utf8.RuneCountInString(name) > MaxEntityNameLength {
		add("entityName", "TOO_LONG", map[string]any{"Max": MaxEntityNameLength})
	}
	if in.Address != nil {
		for _, f := range []struct {
			field string
			value *string
		}{{"address.line1", in.Address.Line1}, {"address.line2", in.Address.Line2}, {"address.postalCode", in.Address.PostalCode},
			{"address.city", in.Address.City}, {"address.country", in.Address.Country}} {
			if utf8.RuneCountInString(trimmed(f.value)) > MaxAddressLength {
				add(f.field, "TOO_LONG", map[string]any{"Max": MaxAddressLength})
			}
		}
		if code := trimmed(in.Address.PostalCode); code != "" && utf8.RuneCountInString(code) <= MaxAddressLength {
			if ok, example := checkPostalCode(deref(in.Address.Country), code); !ok && example != "" {
				vs = append(vs, apperr.Violation{Field: "address.postalCode", Code: "POSTAL_CODE_INVALID", Data: map[string]any{"Example": example}})
			} else if !ok {
				vs = append(vs, apperr.Violation{Field: "address.postalCode", Code: "POSTAL_CODE_INVALID", MessageID: "POSTAL_CODE_INVALID_ANY"})
			}
		}
	}
	if in.EntityKind != nil && *in.EntityKind == entity.KindMINISTRY && looksLikeSchool(name) {
		add("entityKind", "SCHOOL_NOT_MINISTRY", nil)
	}

	var docs []checkedDocument
	if in.LegalExistenceProof == nil {
		add("legalExistenceProof", "REQUIRED", nil)
	} else if v := s.checkFile(ctx, "legalExistenceProof", in.LegalExistenceProof); v != nil {
		vs = append(vs, *v)
	} else {
		docs = append(docs, checkedDocument{kind: document.KindLEGAL_EXISTENCE_PROOF, upload: in.LegalExistenceProof})
	}
	if in.NameOnLegalDocument == nil {
		add("nameOnLegalDocument", "REQUIRED", nil)
	}
	public := in.EntityKind != nil && *in.EntityKind == entity.KindPUBLIC_ESTABLISHMENT
	mandateNeeded := public || in.NameOnLegalDocument != nil && !*in.NameOnLegalDocument
	switch {
	case in.MandateDelegation == nil && mandateNeeded && public:
		vs = append(vs, apperr.Violation{Field: "mandateDelegation", Code: "MANDATE_REQUIRED", MessageID: "MANDATE_REQUIRED_PUBLIC_ESTABLISHMENT"})
	case in.MandateDelegation == nil && mandateNeeded:
		add("mandateDelegation", "MANDATE_REQUIRED", nil)
	case in.MandateDelegation != nil:
		if v := s.checkFile(ctx, "mandateDelegation", in.MandateDelegation); v != nil {
			vs = append(vs, *v)
		} else {
			docs = append(docs, checkedDocument{kind: document.KindMANDATE_DELEGATION, upload: in.MandateDelegation, signedOn: in.MandateSignedOn})
		}
	}
	if mandateNeeded || in.MandateDelegation != nil {
		switch d := in.MandateSignedOn; {
		case d == nil:
			add("mandateSignedOn", "REQUIRED", nil)
		case today.Before(*d):
			add("mandateSignedOn", "MANDATE_IN_FUTURE", nil)
		case d.Before(today.MonthsBefore(MandateMonths)):
			add("mandateSignedOn", "MANDATE_TOO_OLD", map[string]any{"Months": MandateMonths, "Oldest": today.MonthsBefore(MandateMonths).Written()})
		}
	}
	return docs, vs
}

// checkFile checks an uploaded document by its content: a PDF, PNG or JPEG of at most the
// space's size, whose bytes are what its declared type says.
func (s *Service) checkFile(ctx context.Context, field string, u *Upload) *apperr.Violation {
	_, err := upload.Check(ctx, u.File, u.ContentType, s.maxDocument(), documentTypes...)
	if err == nil {
		return nil
	}
	v := apperr.Violation{Field: field}
	switch {
	case errors.Is(err, upload.ErrEmpty):
		v.Code = "FILE_EMPTY"
	case errors.Is(err, upload.ErrTooLarge):
		v.Code, v.Data = "FILE_TOO_LARGE", map[string]any{"Max": s.maxDocument() / (1 << 20)}
	case errors.Is(err, upload.ErrTypeMismatch):
		v.Code = "FILE_TYPE_MISMATCH"
	default: // unsupported, too many pixels, unreadable: not a document we take
		v.Code, v.MessageID = "FILE_TYPE_UNSUPPORTED", "DOCUMENT_TYPE_UNSUPPORTED"
	}
	return &v
}

// schoolWords name universities and schools, which are public establishments, not ministries.
var schoolWords = []string{"universite", "university", "ecole", "school", "lycee", "college", "iut", "insa", "conservatoire"}

// looksLikeSchool reports whether an entity's name says it is a university or a school.
func looksLikeSchool(name string) bool {
	folded, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), strings.ToLower(name))
	if err != nil {
		return false
	}
	for _, w := range strings.FieldsFunc(folded, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		for _, s := range schoolWords {
			if w == s || strings.HasPrefix(w, "universit") {
				return true
			}
		}
	}
	return false
}

func trimmed(s *string) string { return strings.TrimSpace(deref(s)) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
