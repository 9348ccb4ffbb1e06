package registry

import (
	"context"

	"guichet/apperr"
	"guichet/audit"
	"guichet/ent"
	"guichet/ent/document"
	"guichet/upload"
	"guichet/viewer"
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

// Download gives a request's document to a viewer who may read it — staff, or the manager of
// its entity — and records the download in the audit log; anyone else, and a document that
// does not exist, get the same NOT_FOUND.
func (s *Service) Download(ctx context.Context, sp *ent.Space, v *viewer.Viewer, id int) (*ent.Document, error) {
	d, err := s.Client.Document.Query().Where(document.ID(id), document.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound, MessageID: "FILE_NOT_FOUND"}
	}
	if err != nil {
		return nil, err
	}
	ok, err := s.staff(ctx, v, sp)
	if err == nil && !ok {
		ok, err = s.manages(ctx, v, sp, d.EntityID)
	}
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &apperr.Error{Code: apperr.NotFound, MessageID: "FILE_NOT_FOUND"}
	}
	err = s.Txn.Run(ctx, func(tx *ent.Tx) error {
		return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventDocumentDownloaded, ActorID: v.AccountID,
			TargetID: d.AccountID, Client: v.Client, Details: map[string]string{"document": itoa(d.ID), "kind": d.Kind.String(),
				"filename": d.Filename, "entity": Scope(d.EntityID)}})
	})
	return d, err
}
