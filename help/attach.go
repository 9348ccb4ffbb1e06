package help

import (
	"context"
	"errors"
	"io"

	"guichet/apperr"
	"guichet/blob"
	"guichet/ent"
	"guichet/locales"
	"guichet/upload"
)

// Upload is a file an editor sends.
type Upload struct {
	File        io.Reader
	Filename    string
	ContentType string
}

// uploadError turns upload's refusals into violations a person can act on.
func uploadError(err error, max int64) error {
	v := apperr.Violation{Field: "file"}
	switch {
	case errors.Is(err, upload.ErrEmpty):
		v.Code = "FILE_EMPTY"
	case errors.Is(err, upload.ErrTooLarge):
		v.Code, v.Data = "FILE_TOO_LARGE", map[string]any{"Max": max / (1 << 20)}
	case errors.Is(err, upload.ErrTooManyPixels):
		v.Code = "FILE_TOO_MANY_PIXELS"
	case errors.Is(err, upload.ErrTypeMismatch):
		v.Code = "FILE_TYPE_MISMATCH"
	case errors.Is(err, upload.ErrUnsupportedType):
		v.Code = "FILE_TYPE_UNSUPPORTED"
	default:
		return err
	}
	return apperr.Invalid(v)
}

// storeUpload stores an uploaded file, checked by its content, and names it safely.
func storeUpload(ctx context.Context, store blob.Store, u Upload, max int64) (upload.Info, string, error) {
	info, err := upload.Store(ctx, store, u.File, u.ContentType, max)
	if err != nil {
		return info, "", uploadError(err, max)
	}
	return info, upload.SafeFilename(u.Filename), nil
}

// Attach stores a file, checked by its content, and attaches it to the draft of one
// translation of a guide: editors and preview links see it at once, readers once the draft is
// published.
func (e *Editing) Attach(ctx context.Context, sp *ent.Space, store blob.Store, max int64, guideID int, l locales.Locale, u Upload, ed Editor) (*ent.File, error) {
	info, name, err := storeUpload(ctx, store, u, max)
	if err != nil {
		return nil, err
	}
	var out *ent.File
	err = e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.targets(ctx, tx, sp.ID, guideID, &l)
		if err != nil {
			return err
		}
		f, err := storedFile(ctx, tx, sp.ID, info, name)
		if err != nil {
			return err
		}
		if err := tx.GuideTranslation.UpdateOneID(ts[0].ID).AddDraftAttachmentIDs(f.ID).Exec(ctx); err != nil {
			return err
		}
		out = f
		return e.after(ctx, tx, Change{SpaceID: sp.ID, Action: "guide.attachment_added", GuideID: guideID, Locale: l, Editor: ed})
	})
	return out, err
}

// Detach removes a file from the draft of one translation of a guide: readers keep it until
// the draft is published (the file stays stored: other content may use it).
func (e *Editing) Detach(ctx context.Context, sp *ent.Space, guideID int, l locales.Locale, fileID int, ed Editor) error {
	return e.inTx(ctx, func(ctx context.Context, tx *ent.Tx) error {
		ts, err := e.targets(ctx, tx, sp.ID, guideID, &l)
		if err != nil {
			return err
		}
		if err := tx.GuideTranslation.UpdateOneID(ts[0].ID).RemoveDraftAttachmentIDs(fileID).Exec(ctx); err != nil {
			return err
		}
		return e.after(ctx, tx, Change{SpaceID: sp.ID, Action: "guide.attachment_removed", GuideID: guideID, Locale: l, Editor: ed})
	})
}
