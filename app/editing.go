package app

import (
	"context"
	"strconv"

	"guichet/audit"
	"guichet/ent"
	"guichet/ent/faqtranslation"
	"guichet/ent/guidetranslation"
	"guichet/ent/resourcetranslation"
	"guichet/help"
	"guichet/webhook"
)

// webhookEvents are the editing actions webhooks are told of.
var webhookEvents = map[string]string{
	"guide.published": webhook.GuidePublished, "guide.unpublished": webhook.GuideUnpublished,
	"faq.published": webhook.FAQPublished, "faq.unpublished": webhook.FAQUnpublished,
	"resource.published": webhook.ResourcePublished, "resource.unpublished": webhook.ResourceUnpublished,
}

// afterEditing writes every editing action to the audit log and tells the webhooks of
// publishing, in the action's transaction.
func afterEditing(ctx context.Context, tx *ent.Tx, c help.Change) error {
	if err := auditEditing(ctx, tx, c); err != nil {
		return err
	}
	event, ok := webhookEvents[c.Action]
	if !ok {
		return nil
	}
	data := map[string]any{"locale": string(c.Locale)}
	if c.Number != 0 {
		data["revision"] = c.Number
	}
	switch {
	case c.FaqID != 0:
		data["faqId"] = strconv.Itoa(c.FaqID)
		if t, err := tx.FaqTranslation.Query().Where(faqtranslation.FaqID(c.FaqID), faqtranslation.LocaleEQ(c.Locale)).Only(ctx); err == nil {
			data["question"] = t.Question
		}
	case c.ResourceID != 0:
		data["resourceId"] = strconv.Itoa(c.ResourceID)
		if t, err := tx.ResourceTranslation.Query().Where(resourcetranslation.ResourceID(c.ResourceID), resourcetranslation.LocaleEQ(c.Locale)).Only(ctx); err == nil {
			data["title"] = t.Title
		}
	default:
		data["guideId"] = strconv.Itoa(c.GuideID)
		if t, err := tx.GuideTranslation.Query().Where(guidetranslation.GuideID(c.GuideID), guidetranslation.LocaleEQ(c.Locale)).Only(ctx); err == nil {
			data["slug"], data["title"] = t.Slug, t.Title
		}
	}
	return webhook.Enqueue(ctx, tx, c.SpaceID, event, data)
}

// auditEditing writes every editing action to the audit log, in its transaction.
func auditEditing(ctx context.Context, tx *ent.Tx, c help.Change) error {
	details := map[string]string{}
	if c.GuideID != 0 {
		details["guide"] = strconv.Itoa(c.GuideID)
	}
	if c.FaqID != 0 {
		details["faq"] = strconv.Itoa(c.FaqID)
	}
	if c.ResourceID != 0 {
		details["resource"] = strconv.Itoa(c.ResourceID)
	}
	if c.CategoryID != 0 {
		details["category"] = strconv.Itoa(c.CategoryID)
	}
	if c.Locale != "" {
		details["locale"] = string(c.Locale)
	}
	if c.Number != 0 {
		details["revision"] = strconv.Itoa(c.Number)
	}
	return audit.Record(ctx, tx, audit.Event{SpaceID: c.SpaceID, Action: c.Action, ActorID: c.Editor.AccountID,
		Client: c.Editor.Client, Details: details})
}
