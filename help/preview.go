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
		if _, err := Guides.item(ctx, tx, sp.ID, guideID); err != nil {
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
		// The audit only: nothing readers see changed, so the search index is left alone.
		return record(ctx, tx, change{spaceID: sp.ID, kind: Guides, action: "preview_created", itemID: guideID, locale: l, editor: ed})
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
	d, err := e.Draft(ctx, Guides, sp, p.GuideID, p.Locale)
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
		if _, err := Guides.item(ctx, tx, sp.ID, guideID); err != nil {
			return err
		}
		var err error
		if n, err = revokePreviews(ctx, tx, sp.ID, guideID, l); err != nil {
			return err
		}
		c := change{spaceID: sp.ID, kind: Guides, action: "preview_revoked", itemID: guideID, editor: ed}
		if l != nil {
			c.locale = *l
		}
		// The audit only: nothing readers see changed, so the search index is left alone.
		return record(ctx, tx, c)
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
