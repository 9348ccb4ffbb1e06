package account

import (
	"context"
	"strings"
	"unicode/utf8"

	"guichet/apperr"
	"guichet/ent"
	"guichet/locales"
	"guichet/mail"
)

// SupportInput is a message sent through the contact form.
type SupportInput struct {
	Email, Name, Subject, Message string
	Locale                        *locales.Locale
}

// Limits of the contact form.
const (
	MaxSubjectLength = 200
	MaxMessageLength = 10000
)

// ContactSupport stores a request, e-mails it to the space's support address, and confirms
// to the sender that it was received.
func (s *Service) ContactSupport(ctx context.Context, sp *ent.Space, in SupportInput, accountID int, client string) (*ent.SupportRequest, error) {
	address, key, ok := NormalizeEmail(in.Email)
	var vs []apperr.Violation
	if !ok {
		vs = append(vs, apperr.Violation{Field: "email", Code: "EMAIL_INVALID"})
	}
	for _, f := range []struct {
		field, value string
		max          int
	}{{"name", in.Name, MaxNameLength}, {"subject", in.Subject, MaxSubjectLength}, {"message", in.Message, MaxMessageLength}} {
		v := strings.TrimSpace(f.value)
		switch {
		case v == "":
			vs = append(vs, apperr.Violation{Field: f.field, Code: "REQUIRED"})
		case utf8.RuneCountInString(v) > f.max:
			vs = append(vs, apperr.Violation{Field: f.field, Code: "TOO_LONG", Data: map[string]any{"Max": f.max}})
		}
	}
	if len(vs) > 0 {
		return nil, apperr.Invalid(vs...)
	}
	if err := s.limitMail(ctx, "support", sp.ID, key, client); err != nil {
		return nil, err
	}
	loc := locales.FromContext(ctx)
	if in.Locale != nil && in.Locale.Valid() {
		loc = *in.Locale
	}
	var out *ent.SupportRequest
	err := s.runner().Run(ctx, func(tx *ent.Tx) error {
		c := tx.SupportRequest.Create().SetSpaceID(sp.ID).SetEmail(address).SetName(strings.TrimSpace(in.Name)).
			SetSubject(strings.TrimSpace(in.Subject)).SetMessage(strings.TrimSpace(in.Message)).SetLocale(loc).SetClient(client)
		if accountID != 0 {
			c.SetAccountID(accountID)
		}
		var err error
		if out, err = c.Save(ctx); err != nil {
			return err
		}
		data := map[string]string{"space_name": mail.SpaceName(sp, loc), "name": out.Name, "email": out.Email,
			"subject": out.Subject, "message": out.Message}
		if sp.SupportEmail != "" {
			// Staff read it in the space's language.
			staffData := map[string]string{}
			for k, v := range data {
				staffData[k] = v
			}
			staffData["space_name"] = mail.SpaceName(sp, sp.DefaultLocale)
			if err := mail.Enqueue(ctx, tx, s.Sealer, mail.Message{SpaceID: &sp.ID, To: sp.SupportEmail,
				Locale: sp.DefaultLocale, Template: "support_request", Data: staffData}); err != nil {
				return err
			}
		}
		return mail.Enqueue(ctx, tx, s.Sealer, mail.Message{SpaceID: &sp.ID, To: address, ToName: out.Name,
			Locale: loc, Template: "support_confirmation", Data: data})
	})
	return out, err
}
