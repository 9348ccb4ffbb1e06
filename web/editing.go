package web

import (
	"context"
	"strconv"

	"guichet/account"
	"guichet/ent"
	"guichet/ent/guide"
	"guichet/help"
)

// indexGuide keeps the search index in step with a guide's publishing, in its transaction.
func indexGuide(ctx context.Context, tx *ent.Tx, guideID int) error {
	g, err := tx.Guide.Query().Where(guide.ID(guideID)).Only(ctx)
	if err != nil {
		return err
	}
	return help.Reindex(ctx, tx, []int{g.SpaceID})
}

// auditEditing writes every editing action to the audit log, in its transaction.
func auditEditing(ctx context.Context, tx *ent.Tx, c help.Change) error {
	details := map[string]string{}
	if c.GuideID != 0 {
		details["guide"] = strconv.Itoa(c.GuideID)
	}
	if c.Locale != "" {
		details["locale"] = string(c.Locale)
	}
	if c.Number != 0 {
		details["revision"] = strconv.Itoa(c.Number)
	}
	return account.Record(ctx, tx, account.Event{SpaceID: c.SpaceID, Action: c.Action, ActorID: c.Editor.AccountID,
		Client: c.Editor.Client, Details: details})
}
