// Command guichet serves bilingual help centers and their account journeys over GraphQL.
//
//	guichet [serve]        migrate, import the shipped content if the database is new, serve
//	guichet migrate        apply migrations and exit
//	guichet import [DIR]   import or update content (DIR: a folder holding spaces/; default:
//	                       the content shipped in the binary)
//
// Every flag has an environment variable of the same meaning (ADDR, DATA_DIR, DATABASE_URL,
// PUBLIC_URL, DEFAULT_SPACE); a flag wins over its variable.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"guichet/blob"
	"guichet/content"
	"guichet/help"
	"guichet/space"
	"guichet/store"
	"guichet/web"
)

// config is the server's configuration: flags and environment variables.
type config struct {
	Addr         string
	DataDir      string
	DatabaseURL  string
	PublicURL    string
	DefaultSpace string
	CacheTTL     time.Duration
}

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

func (c *config) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.Addr, "addr", env("ADDR", ":8080"), "address to listen on (ADDR)")
	fs.StringVar(&c.DataDir, "data-dir", env("DATA_DIR", "./data"), "data directory: SQLite file, files, mail (DATA_DIR)")
	fs.StringVar(&c.DatabaseURL, "database-url", env("DATABASE_URL", ""), "database URL; default: guichet.db in the data directory (DATABASE_URL)")
	fs.StringVar(&c.PublicURL, "public-url", env("PUBLIC_URL", "http://localhost:8080"), "public address of the server, for links (PUBLIC_URL)")
	fs.StringVar(&c.DefaultSpace, "default-space", env("DEFAULT_SPACE", ""), "space served at /graphql; default: the first (DEFAULT_SPACE)")
	ttl, err := time.ParseDuration(env("CACHE_TTL", "5s"))
	if err != nil {
		ttl = 5 * time.Second
	}
	fs.DurationVar(&c.CacheTTL, "cache-ttl", ttl, "how long a help-center answer may be reused; 0 disables (CACHE_TTL)")
}

func main() {
	slog.SetDefault(slog.New(web.LogHandler{Handler: slog.NewJSONHandler(os.Stderr, nil)}))
	if err := run(os.Args[1:]); err != nil {
		var ce content.Errors
		if errors.As(err, &ce) {
			for _, e := range ce {
				fmt.Fprintln(os.Stderr, e.Error())
			}
			fmt.Fprintf(os.Stderr, "guichet: %d error(s); nothing was imported\n", len(ce))
			os.Exit(1)
		}
		fmt.Fprintln(os.Stderr, "guichet:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var cfg config
	fset := flag.NewFlagSet("guichet "+cmd, flag.ContinueOnError)
	cfg.flags(fset)
	if err := fset.Parse(args); err != nil {
		return err
	}
	cfg.PublicURL = strings.TrimRight(cfg.PublicURL, "/")
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	switch cmd {
	case "serve":
		return serve(ctx, cfg)
	case "migrate":
		db, err := openMigrated(ctx, cfg)
		if err != nil {
			return err
		}
		defer db.Close()
		slog.Info("migrations applied")
		return nil
	case "import":
		db, err := openMigrated(ctx, cfg)
		if err != nil {
			return err
		}
		defer db.Close()
		src := fs.FS(content.Shipped)
		if dir := fset.Arg(0); dir != "" {
			src = os.DirFS(dir)
		}
		report, err := importContent(ctx, db, cfg, src)
		if err != nil {
			return err
		}
		fmt.Println(report)
		return nil
	}
	return fmt.Errorf("unknown command %q (serve, migrate, import)", cmd)
}

func openMigrated(ctx context.Context, cfg config) (*store.DB, error) {
	db, err := store.Open(cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

func blobs(cfg config) blob.Dir { return blob.Dir{Root: filepath.Join(cfg.DataDir, "blobs")} }

func importContent(ctx context.Context, db *store.DB, cfg config, src fs.FS) (*content.Report, error) {
	bundle, err := content.Load(src)
	if err != nil {
		return nil, err
	}
	return content.Import(ctx, db.Client, blobs(cfg), bundle, content.Options{AfterWrite: help.Reindex})
}

func serve(ctx context.Context, cfg config) error {
	db, err := openMigrated(ctx, cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := importIfNew(ctx, db, cfg); err != nil {
		return err
	}
	spaces, err := space.NewRegistry(ctx, db.Client, cfg.DefaultSpace)
	if err != nil {
		return err
	}
	if cfg.DefaultSpace != "" && spaces.Get(cfg.DefaultSpace) == nil {
		return fmt.Errorf("DEFAULT_SPACE %q: no such space", cfg.DefaultSpace)
	}
	app, err := web.New(db, spaces, blobs(cfg), cfg.PublicURL, web.Options{CacheTTL: cfg.CacheTTL, CacheEntries: 10000})
	if err != nil {
		return err
	}
	srv := &http.Server{
		Addr:              cfg.Addr,
		Handler:           app.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	slog.Info("serving", "addr", cfg.Addr, "public_url", cfg.PublicURL)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	slog.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}

// importIfNew imports the shipped content into a database that has no space yet.
func importIfNew(ctx context.Context, db *store.DB, cfg config) error {
	n, err := db.Client.Space.Query().Count(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	report, err := importContent(ctx, db, cfg, content.Shipped)
	if err != nil {
		return fmt.Errorf("importing the shipped content: %w", err)
	}
	slog.Info("imported the shipped content", "report", report.String())
	return nil
}
