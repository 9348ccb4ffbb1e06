// Package app is Guichet's composition root: the one place that opens the stores (the
// database, the file store), builds every service and worker, and declares the hooks between
// domains. The command (server.go) and the tests build through it; web serves what it built.
package app

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"slices"
	"sync"
	"time"

	"guichet/account"
	"guichet/blob"
	"guichet/community"
	"guichet/content"
	"guichet/ent"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/help"
	"guichet/mail"
	"guichet/mentoring"
	"guichet/password"
	"guichet/policy"
	"guichet/registry"
	"guichet/space"
	"guichet/store"
	"guichet/txn"
	"guichet/web"
	"guichet/webhook"
)

// Config is what the app is built from (the command's flags and variables).
type Config struct {
	DataDir      string
	DatabaseURL  string
	BlobURL      string
	PublicURL    string
	DefaultSpace string
	// CacheTTL is how long a help-center list's totalCount may be reused (0: never).
	CacheTTL time.Duration
	MailURL  string
	MailFrom string
	// UploadMax bounds an uploaded file, a registration's documents too (0:
	// web.DefaultMaxUploadBytes).
	UploadMax int64
	// WebhookPrivate lets webhooks reach loopback and private networks (development, tests).
	WebhookPrivate bool

	// Now is the clock of every service (nil: the real time); tests move it.
	Now func() time.Time
	// Hasher hashes passwords (nil: password.DefaultHasher()); tests use cheaper costs.
	Hasher *password.Hasher
}

// Stores are the database and the file store the services work on.
type Stores struct {
	DB    *store.DB
	Blobs blob.Store
}

// App is every service and worker, built once over the stores: what the HTTP servers serve
// (web.Services: the stores, spaces, policy, accounts, help, editing, downloads and the
// communities' services), and the workers beside them.
type App struct {
	web.Services
	Sealer *mail.Sealer
	// Mail sends the outbox through MailTransport; Webhooks delivers what editing queued.
	Mail          *mail.Worker
	MailTransport mail.Transport
	Webhooks      *webhook.Worker

	owned bool // the stores were opened by New: Close closes them

	mu      sync.Mutex
	answers []func() // what empties the HTTP servers' kept answers
}

// New opens the stores (the database migrated, the shipped content imported into a new one)
// and builds the app over them; Close closes them.
func New(ctx context.Context, cfg Config) (*App, error) {
	db, err := openDB(ctx, cfg)
	if err != nil {
		return nil, err
	}
	blobs, err := openBlobs(ctx, cfg)
	if err != nil {
		db.Close()
		return nil, err
	}
	st := Stores{DB: db, Blobs: blobs}
	var a *App
	err = importIfNew(ctx, st)
	if err == nil {
		a, err = Assemble(ctx, cfg, st)
	}
	if err != nil {
		closeBlobs(blobs)
		db.Close()
		return nil, err
	}
	a.owned = true
	return a, nil
}

// Assemble builds the app over stores already open (tests open their own); it opens nothing
// and its Close leaves them open.
func Assemble(ctx context.Context, cfg Config, st Stores) (*App, error) {
	db := st.DB
	spaces, err := space.NewRegistry(ctx, db.Client, cfg.DefaultSpace)
	if err != nil {
		return nil, err
	}
	pol, err := policy.New()
	if err != nil {
		return nil, err
	}
	sealer, err := mail.LoadOrCreateKey(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	transport, err := mail.NewTransport(cfg.MailURL, cfg.DataDir)
	if err != nil {
		return nil, err
	}
	hasher := password.DefaultHasher()
	if cfg.Hasher != nil {
		hasher = *cfg.Hasher
	}
	uploadMax := cfg.UploadMax
	if uploadMax <= 0 {
		uploadMax = web.DefaultMaxUploadBytes
	}
	now := cfg.Now
	a := &App{Services: web.Services{DB: st.DB, Blobs: st.Blobs, Spaces: spaces, Policy: pol, PublicURL: cfg.PublicURL},
		Sealer: sealer, MailTransport: transport}
	a.Mail = &mail.Worker{Client: db.Client, Transport: transport, Sealer: sealer, PublicURL: cfg.PublicURL, From: cfg.MailFrom, Now: now}
	a.Webhooks = &webhook.Worker{Client: db.Client, Sealer: sealer, AllowPrivate: cfg.WebhookPrivate}
	// One unit of work for every domain: queued mail wakes the mail worker once the
	// transaction commits, changed content empties what readers were served.
	work := &txn.Runner{Client: db.Client, OnMailQueued: a.Mail.Wake, OnContentChanged: a.ContentChanged}
	a.Accounts = &account.Service{Client: db.Client, Txn: work, Hasher: hasher, Sealer: sealer, Policy: pol, Now: now}
	a.Help = &help.Service{Client: db.Client, SQL: db.SQL, CountTTL: cfg.CacheTTL, Now: now, VoterSecret: sealer.Derive("votes")}
	a.Editing = &help.Editing{Client: db.Client, Txn: work, Now: now, JourneyTags: journeyTags}
	a.Downloads = &help.Downloads{Client: db.Client, Editing: a.Editing, Permissions: a.Accounts}
	a.Community = &community.Service{Client: db.Client, Txn: work, Sealer: sealer, Accounts: a.Accounts, Now: now}
	a.Mentoring = &mentoring.Service{Client: db.Client, Txn: work, Sealer: sealer, Accounts: a.Accounts, Blobs: st.Blobs, Now: now}
	a.Registry = &registry.Service{Client: db.Client, Txn: work, Sealer: sealer, Accounts: a.Accounts, Blobs: st.Blobs, Now: now,
		MaxDocumentBytes: min(registry.DefaultMaxDocumentBytes, uploadMax)}

	// The certification registry's rules of approval and activation run inside the account
	// service's transactions.
	a.Accounts.Decisions, a.Accounts.Activated = a.Registry.Decisions, a.Registry.Activated
	return a, nil
}

// ContentChanged follows every editing commit: what readers were served (the kept answers and
// list counts) is forgotten, and the webhook worker is woken. Tests call it for content
// written by another process.
func (a *App) ContentChanged() {
	a.mu.Lock()
	answers := a.answers
	a.mu.Unlock()
	for _, forget := range answers {
		forget()
	}
	a.Help.ContentChanged()
	a.Webhooks.Wake()
}

// Server builds an HTTP server over the app's services; its kept answers are emptied by
// ContentChanged.
func (a *App) Server(opts web.Options) (*web.Server, error) {
	srv, err := web.New(a.Services, opts)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.answers = append(a.answers, srv.ForgetAnswers)
	a.mu.Unlock()
	return srv, nil
}

// Start optimizes the database and runs the workers until ctx ends: the outbox, webhook
// deliveries, scheduled publishing, and the database's maintenance.
func (a *App) Start(ctx context.Context) error {
	if err := a.DB.Optimize(ctx); err != nil {
		return err
	}
	go a.Mail.Run(ctx)
	// Statistics and the SQLite WAL kept fresh and bounded as the data grows.
	go a.DB.Maintain(ctx, time.Hour)
	go a.Editing.RunScheduler(ctx, 5*time.Second)
	go a.Webhooks.Run(ctx)
	// Search gaps counted in memory written, and votes and gaps past their retention purged.
	go a.Help.RunFeedback(ctx, time.Minute)
	return nil
}

// Close closes the stores New opened.
func (a *App) Close() error {
	if !a.owned {
		return nil
	}
	closeBlobs(a.Blobs)
	return a.DB.Close()
}

// Migrate applies the database's migrations.
func Migrate(ctx context.Context, cfg Config) error {
	db, err := openDB(ctx, cfg)
	if err != nil {
		return err
	}
	return db.Close()
}

// Import imports or updates the content of src (a folder holding spaces/).
func Import(ctx context.Context, cfg Config, src fs.FS) (*content.Report, error) {
	db, err := openDB(ctx, cfg)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	bundle, err := content.Load(src)
	if err != nil {
		return nil, err
	}
	blobs, err := openBlobs(ctx, cfg)
	if err != nil {
		return nil, err
	}
	defer closeBlobs(blobs)
	return importBundle(ctx, Stores{DB: db, Blobs: blobs}, bundle)
}

func importBundle(ctx context.Context, st Stores, bundle *content.Bundle) (*content.Report, error) {
	report, err := content.Import(ctx, st.DB.Client, st.Blobs, bundle, content.Options{AfterWrite: help.Reindex})
	if err != nil {
		return nil, err
	}
	return report, st.DB.Optimize(ctx)
}

// importIfNew imports the shipped content into a database that has no space yet.
func importIfNew(ctx context.Context, st Stores) error {
	n, err := st.DB.Client.Space.Query().Count(ctx)
	if err != nil || n > 0 {
		return err
	}
	bundle, err := content.Load(content.Shipped)
	if err == nil {
		var report *content.Report
		if report, err = importBundle(ctx, st, bundle); err == nil {
			slog.Info("imported the shipped content", "report", report.String())
		}
	}
	if err != nil {
		return fmt.Errorf("importing the shipped content: %w", err)
	}
	return nil
}

// openDB opens the database, migrated, its search index built.
func openDB(ctx context.Context, cfg Config) (*store.DB, error) {
	db, err := store.Open(cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := ensureSearchIndex(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// ensureSearchIndex rebuilds the search index when it is empty while content is published
// (a database migrated from an older index): it is derived data.
func ensureSearchIndex(ctx context.Context, db *store.DB) error {
	empty, err := help.IndexEmpty(ctx, db.Client, db.SQL)
	if err != nil {
		return err
	}
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	published, err := db.Client.GuideTranslation.Query().Where(guidetranslation.Published(true)).Exist(ctx)
	if err != nil || !empty || !published {
		return err
	}
	if err := txn.Run(ctx, db.Client, func(tx *ent.Tx) error { return help.ReindexAll(ctx, tx) }); err != nil {
		return err
	}
	slog.Info("rebuilt the search index")
	return nil
}

// openBlobs opens the file store BLOB_URL names; close it with closeBlobs.
func openBlobs(ctx context.Context, cfg Config) (blob.Store, error) {
	return blob.Open(ctx, cfg.BlobURL, cfg.DataDir)
}

func closeBlobs(s blob.Store) {
	if c, ok := s.(io.Closer); ok {
		c.Close()
	}
}

// journeyTags are the journey tags of a space's pages: the mentoring network's where the
// space runs programs (as the readers' next steps pick them), else the facilitators'.
func journeyTags(sp *ent.Space) []string {
	if slices.Contains(sp.Modules, mentoring.ModulePrograms) {
		return mentoring.JourneyTags()
	}
	return community.JourneyTags()
}
