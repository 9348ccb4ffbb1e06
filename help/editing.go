package help

import (
	"context"
	"strconv"
	"time"

	"guichet/audit"
	"guichet/background"
	"guichet/ent"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/txn"
	"guichet/webhook"
)

// Editor is the person editing, as the editing operations record them.
type Editor struct {
	AccountID int
	Name      string
	Client    string
}

// accountID is the editor's account, nil for the importer or a worker.
func (ed Editor) accountID() *int {
	if ed.AccountID == 0 {
		return nil
	}
	return &ed.AccountID
}

// Editing runs the editors' operations on pages of every kind and on categories. Each is one
// unit of work; the search index, the audit log and the webhooks follow in that same
// transaction, and it raises txn.ContentChanged (readers' kept answers are dropped, the
// webhook worker woken once it commits).
type Editing struct {
	Client *ent.Client
	// Txn runs each operation (nil: a plain one on Client that tells nobody, for package tests).
	Txn *txn.Runner
	Now func() time.Time
	// JourneyTags are the journey tags (JourneyNamespace) a space's journey gives its stages:
	// a page's settings take no other. Nil: journey tags are not checked.
	JourneyTags func(*ent.Space) []string

	scheduler background.Loop
}

func (e *Editing) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

// allow lets the editing service read drafts and write content: the caller checked the
// editor's permission before (the schema's @can), and every query names the space.
func allow(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

func (e *Editing) inTx(ctx context.Context, f func(ctx context.Context, tx *ent.Tx) error) error {
	ctx = allow(ctx)
	work := e.Txn
	if work == nil {
		work = &txn.Runner{Client: e.Client}
	}
	return work.Run(ctx, func(tx *ent.Tx) error {
		txn.Raise(tx, txn.ContentChanged)
		return f(ctx, tx)
	})
}

// change is one editing action, for the search index, the audit log and the webhooks.
type change struct {
	spaceID int
	kind    *Kind  // nil for a category, or for the order of a kind's pages
	action  string // created, published…: the audit log's action is the kind's name, a dot, then it
	itemID  int
	locale  locales.Locale // "" for the whole page
	editor  Editor
	number  int // the revision made or restored, when one was
	// categoryID is the category changed (actions of categories, named whole: "category.created").
	categoryID int
}

// after brings the search index in step with the page a change touched, then records it.
func (e *Editing) after(ctx context.Context, tx *ent.Tx, c change) error {
	if err := Index(ctx, tx, c.kind, c.itemID); err != nil {
		return err
	}
	return record(ctx, tx, c)
}

// record writes a change to the audit log and, for a publish or an unpublish, queues its
// webhook: both in the change's transaction.
func record(ctx context.Context, tx *ent.Tx, c change) error {
	action, details := c.action, map[string]string{}
	if c.kind != nil {
		action = c.kind.Name + "." + c.action
		if c.itemID != 0 {
			details[c.kind.Name] = strconv.Itoa(c.itemID)
		}
	}
	if c.categoryID != 0 {
		details["category"] = strconv.Itoa(c.categoryID)
	}
	if c.locale != "" {
		details["locale"] = string(c.locale)
	}
	if c.number != 0 {
		details["revision"] = strconv.Itoa(c.number)
	}
	if err := audit.Record(ctx, tx, audit.Event{SpaceID: c.spaceID, Action: action, ActorID: c.editor.AccountID,
		Client: c.editor.Client, Details: details}); err != nil {
		return err
	}
	if c.kind == nil {
		return nil
	}
	event := map[string]string{"published": c.kind.Webhooks.Published, "unpublished": c.kind.Webhooks.Unpublished}[c.action]
	if event == "" {
		return nil
	}
	return webhook.Enqueue(ctx, tx, c.spaceID, event, c.kind.webhookData(ctx, tx, c))
}

// webhookData is what a webhook is told of a translation published or unpublished: the page,
// the locale, the revision, and the published title (and slug) as readers see them.
func (k *Kind) webhookData(ctx context.Context, tx *ent.Tx, c change) map[string]any {
	data := map[string]any{"locale": string(c.locale), k.Name + "Id": strconv.Itoa(c.itemID)}
	if c.number != 0 {
		data["revision"] = c.number
	}
	if t, err := k.row(ctx, tx, c.itemID, c.locale); err == nil && t != nil {
		data[k.Text.Title.Name] = t.Title
		if k.Text.Slug {
			data["slug"] = t.Slug
		}
	}
	return data
}
