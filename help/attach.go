package help

import (
	"context"
	"errors"
	"fmt"
	"io"

	"entgo.io/ent/dialect/sql"

	"guichet/apperr"
	"guichet/blob"
	"guichet/ent"
	"guichet/ent/file"
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

// Attach stores a file, checked by its content, as a file of the draft of one translation of a
// page: attached to it for kinds with attachments, its file (replacing its link) for kinds of
// links. Editors and preview links see it at once, readers once the draft is published.
func (e *Editing) Attach(ctx context.Context, k *Kind, sp *ent.Space, store blob.Store, max int64, id int, l locales.Locale, u Upload, ed Editor) (*ent.File, error) {
	a := k.Tables.Attachments
	if a == nil && !k.Text.Link {
		return nil, fmt.Errorf("attach: a %s has no files", k.Name)
	}
	info, name, err := storeUpload(ctx, store, u, max)
	if err != nil {
		return nil, err
	}
	action := "attachment_added"
	if a == nil {
		action = "file_uploaded"
	}
	var out *ent.File
	err = e.eachTarget(ctx, k, sp, id, &l, action, ed, func(ctx context.Context, tx *ent.Tx, t *row) (int, error) {
		f, err := storedFile(ctx, tx, sp.ID, info, name)
		if err != nil {
			return 0, err
		}
		out = f
		if a != nil {
			_, err = exec(ctx, tx, builder(tx).Insert(a.Draft).Columns(a.Columns...).Values(t.ID, f.ID).OnConflict(sql.DoNothing()))
			return 0, err
		}
		// The file is the draft's content, as a save's text is.
		c := t.draft()
		c.Slug, c.URL, c.FileID = "", "", &f.ID
		return 0, e.writeDraft(ctx, tx, k, sp.ID, t, c, nil, ed)
	})
	return out, err
}

// storedFile is the space's File row for stored bytes under a name, made when missing.
func storedFile(ctx context.Context, tx *ent.Tx, spaceID int, info upload.Info, name string) (*ent.File, error) {
	f, err := tx.File.Query().Where(file.SpaceID(spaceID), file.Sha256(info.SHA256), file.Filename(name)).Only(ctx)
	if ent.IsNotFound(err) {
		f, err = tx.File.Create().SetSpaceID(spaceID).SetSha256(info.SHA256).SetFilename(name).
			SetContentType(info.ContentType).SetSize(info.Size).SetNillableWidth(info.Width).SetNillableHeight(info.Height).
			Save(ctx)
	}
	return f, err
}

// Detach removes a file from the draft of one translation of a page: readers keep it until
// the draft is published (the file stays stored: other content may use it).
func (e *Editing) Detach(ctx context.Context, k *Kind, sp *ent.Space, id int, l locales.Locale, fileID int, ed Editor) error {
	a := k.Tables.Attachments
	if a == nil {
		return fmt.Errorf("detach: a %s has no attachments", k.Name)
	}
	return e.eachTarget(ctx, k, sp, id, &l, "attachment_removed", ed, func(ctx context.Context, tx *ent.Tx, t *row) (int, error) {
		_, err := exec(ctx, tx, builder(tx).Delete(a.Draft).Where(sql.And(sql.EQ(a.Columns[0], t.ID), sql.EQ(a.Columns[1], fileID))))
		return 0, err
	})
}
