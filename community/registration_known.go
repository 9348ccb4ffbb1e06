package community

import (
	"context"

	"guichet/ent"
	"guichet/locales"
	"guichet/mail"
	"guichet/viewer"
)

// RegisterWithoutPassword is Register for a person who gives no password, as someone who
// already has an account does: the answer is the same whatever the address, and what differs
// goes by e-mail to the address only.
//   - signed in: registered at once, as Register does;
//   - the address has an account: the link that confirms the registration, or, already
//     registered, a note saying so (Register's registerKnown);
//   - it has none: nothing is created (there is no password to make an account with) and the
//     address is told how to register: the form again, with a password
//     (training_needs_account).
//
// Details are checked as with a password (a malformed address is BAD_USER_INPUT for
// everyone), the e-mails limited as sign-ups' are, and both branches answer in the same time.
func (s *Service) RegisterWithoutPassword(ctx context.Context, sp *ent.Space, v *viewer.Viewer, trainingID int, in RegistrationInput) error {
	t, err := s.openTraining(ctx, sp, trainingID)
	if err != nil {
		return err
	}
	if v != nil && v.AccountID != 0 {
		return s.registerViewer(ctx, sp, v, t)
	}
	return s.Accounts.SignUpKnown(ctx, sp, in, clientOf(v),
		func(ctx context.Context, tx *ent.Tx, a *ent.Account) error {
			return s.registerKnown(ctx, tx, sp, t, a)
		},
		func(ctx context.Context, tx *ent.Tx, address, name string, loc locales.Locale) error {
			data := map[string]string{mail.DataSpaceName: mail.SpaceName(sp, loc), "email": address}
			for i, kv := 0, trainingData(t, loc); i+1 < len(kv); i += 2 {
				data[kv[i]] = kv[i+1]
			}
			return mail.Enqueue(ctx, tx, s.Sealer, mail.Message{SpaceID: &sp.ID, To: address, ToName: name, Locale: loc,
				Template: "training_needs_account", Data: data})
		})
}
