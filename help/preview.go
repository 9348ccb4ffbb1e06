package help

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"time"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/file"
	"guichet/ent/guide"
	"guichet/ent/guidetranslation"
	"guichet/ent/preview"
	"guichet/locales"
)

// PreviewTTL is how long a preview link shows a draft.
const PreviewTTL = 24 * time.Hour

// CreatePreview makes a link that shows one translation's draft, as it is when the link is
// opened, to whoever holds it, until it expires. Only its hash is stored.
func (e *Editing) CreatePreview(ctx context.Context, sp *ent.Space, guideID int, l locales.Locale, ed Editor) (string, time.Time, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", time.Time{}, err
	}
	secret := base64.RawURLEncoding.EncodeToString(b[:])
	expires := e.now().Add(PreviewTTL)
	err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := guideIn(ctx, tx, sp.ID, guideID); err != nil {
			return err
		}
		c := tx.Preview.Create().SetSpaceID(sp.ID).SetGuideID(guideID).SetLocale(l).
			SetHash(previewHash(secret)).SetExpiresAt(expires).SetCreatedAt(e.now())
		if ed.AccountID != 0 {
			c.SetCreatedBy(ed.AccountID)
		}
		if err := c.Exec(ctx); err != nil {
			return err
		}
		return e.after(ctx, tx, Change{SpaceID: sp.ID, Action: "guide.preview_created", Locale: l, Editor: ed})
	})
	return secret, expires, err
}

func previewHash(secret string) string {
	sum := sha256.Sum256([]byte("preview:" + secret))
	return hex.EncodeToString(sum[:])
}

// Preview reads the draft a preview link shows; INVALID_TOKEN when the link is unknown,
// expired, revoked, of another space, or of a deleted guide.
func (e *Editing) Preview(ctx context.Context, sp *ent.Space, secret string) (*Draft, error) {
	p, err := e.livePreview(ctx, sp, secret)
	if err != nil {
		return nil, err
	}
	d, err := e.GetDraft(ctx, sp, p.GuideID, p.Locale)
	if d != nil {
		d.Preview = secret
	}
	return d, err
}

// livePreview is the preview link of a secret: INVALID_TOKEN when it is unknown, expired,
// revoked, of another space, or of a deleted guide.
func (e *Editing) livePreview(ctx context.Context, sp *ent.Space, secret string) (*ent.Preview, error) {
	ctx = allow(ctx)
	p, err := e.Client.Preview.Query().Where(preview.Hash(previewHash(secret)), preview.SpaceID(sp.ID),
		preview.ExpiresAtGT(e.now())).Only(ctx)
	if err == nil {
		// Deleting a guide revokes its links; this also covers a link made before that rule.
		var live bool
		live, err = e.Client.Guide.Query().Where(guide.ID(p.GuideID), guide.SpaceID(sp.ID), guide.DeletedAtIsNil()).Exist(ctx)
		if err == nil && !live {
			err = &ent.NotFoundError{}
		}
	}
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.InvalidToken}
	}
	return p, err
}

// PreviewShowsFile reports whether a live preview link shows the file: one of the files of the
// draft it shows. Its holder downloads those as an editor would.
func (e *Editing) PreviewShowsFile(ctx context.Context, sp *ent.Space, secret string, fileID int) bool {
	p, err := e.livePreview(ctx, sp, secret)
	if err != nil {
		return false
	}
	ok, err := e.Client.GuideTranslation.Query().Where(guidetranslation.GuideID(p.GuideID), guidetranslation.LocaleEQ(p.Locale),
		guidetranslation.HasDraftAttachmentsWith(file.ID(fileID))).Exist(allow(ctx))
	return err == nil && ok
}

// RevokePreviews ends every preview link of one translation of a guide, or of all its
// translations when l is nil, at once; it returns how many links it ended.
func (e *Editing) RevokePreviews(ctx context.Context, sp *ent.Space, guideID int, l *locales.Locale, ed Editor) (int, error) {
	n := 0
	err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		if _, err := guideIn(ctx, tx, sp.ID, guideID); err != nil {
			return err
		}
		var err error
		if n, err = revokePreviews(ctx, tx, sp.ID, guideID, l); err != nil {
			return err
		}
		c := Change{SpaceID: sp.ID, Action: "guide.preview_revoked", GuideID: guideID, Editor: ed}
		if l != nil {
			c.Locale = *l
		}
		// The audit only: nothing readers see changed, so the search index is left alone.
		return e.afterChange(ctx, tx, c)
	})
	return n, err
}

// revokePreviews deletes the preview links of a guide's translation (all translations when l
// is nil), inside tx.
func revokePreviews(ctx context.Context, tx *ent.Tx, spaceID, guideID int, l *locales.Locale) (int, error) {
	d := tx.Preview.Delete().Where(preview.SpaceID(spaceID), preview.GuideID(guideID))
	if l != nil {
		d.Where(preview.LocaleEQ(*l))
	}
	return d.Exec(ctx)
}

// Schedule sets when a translation's draft is published by the worker (nil cancels).
func (e *Editing) Schedule(ctx context.Context, sp *ent.Space, guideID int, l locales.Locale, at *time.Time, ed Editor) error {
	if at != nil && !at.After(e.now()) {
		return apperr.Invalid(apperr.Violation{Field: "publishAt", Code: "NOT_IN_FUTURE"})
	}
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.targets(ctx, tx, sp.ID, guideID, &l)
		if err != nil {
			return err
		}
		u := tx.GuideTranslation.UpdateOneID(ts[0].ID)
		action := "guide.unscheduled"
		if at != nil {
			u.SetPublishAt(at.UTC())
			action = "guide.scheduled"
		} else {
			u.ClearPublishAt()
		}
		if err := u.Exec(ctx); err != nil {
			return err
		}
		return e.after(ctx, tx, Change{SpaceID: sp.ID, Action: action, GuideID: guideID, Locale: l, Editor: ed})
	})
}

// PublishDue publishes the translations whose scheduled time has come. Each is claimed by a
// conditional UPDATE inside its publishing transaction, so with several workers each
// scheduled publish happens exactly once.
func (e *Editing) PublishDue(ctx context.Context) (int, error) {
	due, err := e.Client.GuideTranslation.Query().
		Where(guidetranslation.PublishAtNotNil(), guidetranslation.PublishAtLTE(e.now().UTC())).
		WithGuide().All(allow(ctx))
	if err != nil {
		return 0, err
	}
	published := 0
	for _, t := range due {
		claimed := false
		err := e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
			n, err := tx.GuideTranslation.Update().
				Where(guidetranslation.ID(t.ID), guidetranslation.PublishAtEQ(*t.PublishAt)).
				ClearPublishAt().Save(ctx)
			if err != nil || n == 0 {
				return err // another worker took it
			}
			claimed = true
			current, err := tx.GuideTranslation.Get(ctx, t.ID) // the draft as it is now
			if err != nil {
				return err
			}
			ed := Editor{Name: current.DraftUpdatedBy}
			num, err := e.publishTranslation(ctx, tx, current, ed)
			if err != nil {
				return err
			}
			return e.after(ctx, tx, Change{SpaceID: t.Edges.Guide.SpaceID, Action: "guide.published", GuideID: t.GuideID,
				Locale: t.Locale, Editor: ed, Number: num})
		})
		if err != nil {
			return published, err
		}
		if claimed {
			published++
		}
	}
	return published, nil
}

// RunScheduler publishes what is due every interval until ctx ends.
func (e *Editing) RunScheduler(ctx context.Context, interval time.Duration) {
	e.scheduler.Run(ctx, interval, func(ctx context.Context) error {
		_, err := e.PublishDue(ctx)
		return err
	}, func(err error) { logError(ctx, "scheduled publishing", err) })
}
