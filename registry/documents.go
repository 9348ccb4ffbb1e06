package registry

import (
	"context"

	"guichet/ent"
	"guichet/upload"
)

// storeDocument puts a checked upload in the blob store and records it for the account's
// request. It runs inside the registration's transaction, once every rule passed: a refused
// registration stores no file.
func (s *Service) storeDocument(ctx context.Context, tx *ent.Tx, sp *ent.Space, a *ent.Account, e *ent.Entity, d checkedDocument) error {
	info, err := upload.Store(ctx, s.Blobs, d.upload.File, d.upload.ContentType, s.maxDocument(), documentTypes...)
	if err != nil {
		return err
	}
	c := tx.Document.Create().SetSpaceID(sp.ID).SetAccountID(a.ID).SetEntityID(e.ID).SetKind(d.kind).
		SetSha256(info.SHA256).SetFilename(upload.SafeFilename(d.upload.Filename)).SetContentType(info.ContentType).
		SetSize(info.Size)
	if d.signedOn != nil {
		c.SetSignedOn(d.signedOn.Time())
	}
	return c.Exec(ctx)
}
