// Command guichet serves bilingual help centers and their account journeys over GraphQL.
//
//	guichet [serve]        migrate, import the shipped content if the database is new, serve
//	guichet migrate        apply migrations and exit
//	guichet import [DIR]   import or update content (DIR: a folder holding spaces/; default:
//	                       the content shipped in the binary)
//	guichet user create --space S --email E --role R [--first-name F --last-name L] [--belt B]
//	                       create an active account; the password is read from standard
//	                       input (or GUICHET_PASSWORD)
//
// Every flag has an environment variable of the same meaning (ADDR, DATA_DIR, DATABASE_URL,
// BLOB_URL, PUBLIC_URL, DEFAULT_SPACE…); a flag wins over its variable.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"guichet/account"
	"guichet/app"
	"guichet/apperr"
	"guichet/background"
	"guichet/community"
	entaccountq "guichet/ent/account"
	"guichet/facilitation"
	"guichet/locales"
	"guichet/policy"
	"guichet/role"
	"io/fs"
	"log/slog"
	"net/http"
	"net/netip"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"guichet/content"
	"guichet/graph"
	"guichet/tracing"
	"guichet/web"
)

// config is the server's configuration: flags and environment variables. What the app is
// built from is app.Config; the rest is the HTTP server's.
type config struct {
	app.Config
	Addr       string
	TrustProxy bool
	// TrustedProxies is a comma-separated list of the proxies (CIDR or address) whose
	// X-Forwarded-For is believed; setting it implies TrustProxy. "": web.DefaultTrustedProxies.
	TrustedProxies string
	// Mode is "development" or "production" (no introspection, explorer or suggestions).
	Mode string
	// Timeouts of the HTTP server.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// RequestTimeout is a GraphQL operation's deadline.
	RequestTimeout time.Duration
	// BodyMax bounds a GraphQL request body (uploads have UploadMax).
	BodyMax int64
	// TrustedDocuments is the allow-list manifest; "" accepts any document.
	TrustedDocuments string
	// MetricsAddr serves /metrics on its own listener; "" serves it beside the API.
	MetricsAddr string
	// MetricsPublic serves /metrics beside the API in production too.
	MetricsPublic bool
	// OTLPEndpoint is the OpenTelemetry collector traces are sent to; "" sends none.
	OTLPEndpoint string
	// publicURLDerived: PUBLIC_URL was unset and comes from Addr; publicURLWildcard: and
	// Addr names every interface (see defaultPublicURL).
	publicURLDerived, publicURLWildcard bool
}

// app is what the app is built from.
func (c *config) app() app.Config { return c.Config }

// production reports whether the server runs in production mode.
func (c *config) production() bool { return c.Mode == "production" }

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

// duration reads a duration variable, def when it is unset or unreadable.
func duration(name string, def time.Duration) time.Duration {
	d, err := time.ParseDuration(env(name, def.String()))
	if err != nil {
		return def
	}
	return d
}

func (c *config) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.Addr, "addr", env("ADDR", ":8080"), "address to listen on (ADDR)")
	fs.StringVar(&c.DataDir, "data-dir", env("DATA_DIR", "./data"), "data directory: SQLite file, files, mail (DATA_DIR)")
	fs.StringVar(&c.DatabaseURL, "database-url", env("DATABASE_URL", ""), "database URL; default: guichet.db in the data directory (DATABASE_URL)")
	fs.StringVar(&c.BlobURL, "blob-url", env("BLOB_URL", ""), "where uploaded and imported files are stored: file:///dir or s3://bucket?region=…&endpoint=…; default: the data directory's blobs/ (BLOB_URL)")
	fs.StringVar(&c.PublicURL, "public-url", env("PUBLIC_URL", ""), "public address of the server, for links; default: http://localhost with ADDR's port (PUBLIC_URL)")
	fs.StringVar(&c.DefaultSpace, "default-space", env("DEFAULT_SPACE", ""), "space served at /graphql; default: the first (DEFAULT_SPACE)")
	ttl, err := time.ParseDuration(env("CACHE_TTL", "5s"))
	if err != nil {
		ttl = 5 * time.Second
	}
	fs.DurationVar(&c.CacheTTL, "cache-ttl", ttl, "how long a help-center answer may be reused; 0 disables (CACHE_TTL)")
	fs.StringVar(&c.MailURL, "mail-url", env("MAIL_URL", ""), "smtp://user:pass@host:port, smtps://… or file:///dir; default: the data directory's mail/ (MAIL_URL)")
	fs.StringVar(&c.MailFrom, "mail-from", env("MAIL_FROM", ""), "sender of e-mail; default: no-reply at PUBLIC_URL's host (MAIL_FROM)")
	maxUpload, err := strconv.ParseInt(env("UPLOAD_MAX_BYTES", "20971520"), 10, 64)
	if err != nil {
		maxUpload = 20 << 20
	}
	fs.Int64Var(&c.UploadMax, "upload-max-bytes", maxUpload, "largest file an editor may upload (UPLOAD_MAX_BYTES)")
	fs.BoolVar(&c.WebhookPrivate, "webhook-allow-private", env("WEBHOOK_ALLOW_PRIVATE", "") == "true", "let webhooks reach loopback and private networks, for development (WEBHOOK_ALLOW_PRIVATE=true)")
	fs.BoolVar(&c.TrustProxy, "trust-proxy", env("TRUST_PROXY", "") == "true", "take client addresses from X-Forwarded-For as trusted proxies wrote it (TRUST_PROXY=true)")
	fs.StringVar(&c.TrustedProxies, "trusted-proxies", env("TRUSTED_PROXIES", ""), "comma-separated networks (CIDR) or addresses of the reverse proxies whose X-Forwarded-For is believed; implies --trust-proxy; default with TRUST_PROXY=true: loopback and private networks (TRUSTED_PROXIES)")
	fs.StringVar(&c.Mode, "mode", env("MODE", "development"), "development or production: no introspection, explorer or field suggestions (MODE)")
	fs.DurationVar(&c.ReadHeaderTimeout, "read-header-timeout", duration("READ_HEADER_TIMEOUT", 10*time.Second), "time to read a request's headers (READ_HEADER_TIMEOUT)")
	fs.DurationVar(&c.ReadTimeout, "read-timeout", duration("READ_TIMEOUT", 60*time.Second), "time to read a whole request, body included (READ_TIMEOUT)")
	fs.DurationVar(&c.WriteTimeout, "write-timeout", duration("WRITE_TIMEOUT", 60*time.Second), "time to write an answer, from the end of the request's headers (WRITE_TIMEOUT)")
	fs.DurationVar(&c.RequestTimeout, "request-timeout", duration("REQUEST_TIMEOUT", graph.DefaultRequestTimeout), "deadline of a GraphQL operation (REQUEST_TIMEOUT)")
	fs.DurationVar(&c.IdleTimeout, "idle-timeout", duration("IDLE_TIMEOUT", 120*time.Second), "how long an idle keep-alive connection stays open (IDLE_TIMEOUT)")
	bodyMax, err := strconv.ParseInt(env("BODY_MAX_BYTES", "1048576"), 10, 64)
	if err != nil {
		bodyMax = web.MaxBodyBytes
	}
	fs.Int64Var(&c.BodyMax, "body-max-bytes", bodyMax, "largest GraphQL request body, uploads excepted (BODY_MAX_BYTES)")
	fs.StringVar(&c.TrustedDocuments, "trusted-documents", env("TRUSTED_DOCUMENTS", ""), "JSON manifest of the only documents to run (allow-list mode); default: any (TRUSTED_DOCUMENTS)")
	fs.StringVar(&c.MetricsAddr, "metrics-addr", env("METRICS_ADDR", ""), "address of a listener of its own for /metrics; default: beside the API, in development only (METRICS_ADDR)")
	fs.BoolVar(&c.MetricsPublic, "metrics-public", env("METRICS_PUBLIC", "") == "true", "serve /metrics beside the API in production too (METRICS_PUBLIC=true)")
	fs.StringVar(&c.OTLPEndpoint, "otlp-endpoint", env("OTEL_EXPORTER_OTLP_ENDPOINT", ""), "OpenTelemetry collector (OTLP/HTTP) to send traces to, e.g. http://localhost:4318 (OTEL_EXPORTER_OTLP_ENDPOINT)")
}

// check refuses a configuration that cannot be meant.
func (c *config) check() error {
	if c.Mode != "development" && c.Mode != "production" {
		return fmt.Errorf("MODE %q: development or production", c.Mode)
	}
	if _, err := web.ParseTrustedProxies(c.TrustedProxies); err != nil {
		return fmt.Errorf("TRUSTED_PROXIES: %w", err)
	}
	return nil
}

// proxies are the trusted proxies of the configuration: whether to believe X-Forwarded-For
// at all, and from whom (nil: web.DefaultTrustedProxies).
func (c *config) proxies() (bool, []netip.Prefix) {
	list, _ := web.ParseTrustedProxies(c.TrustedProxies) // checked by check
	return c.TrustProxy || len(list) > 0, list
}

// httpServer is the API's HTTP server with the configured timeouts: a client that sends its
// headers or body slowly, or never reads the answer, cannot hold a connection for long.
func httpServer(cfg config, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              cfg.Addr,
		Handler:           h,
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
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
	switch cmd {
	case "user":
		return userCommand(args)
	case "accounts":
		return accountsCommand(args)
	}
	var cfg config
	fset := flag.NewFlagSet("guichet "+cmd, flag.ContinueOnError)
	cfg.flags(fset)
	if err := fset.Parse(args); err != nil {
		return err
	}
	cfg.settlePublicURL()
	if err := cfg.check(); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	switch cmd {
	case "serve":
		return serve(ctx, cfg)
	case "migrate":
		if err := app.Migrate(ctx, cfg.app()); err != nil {
			return err
		}
		slog.Info("migrations applied")
		return nil
	case "import":
		src := fs.FS(content.Shipped)
		if dir := fset.Arg(0); dir != "" {
			src = os.DirFS(dir)
		}
		report, err := app.Import(ctx, cfg.app(), src)
		if err != nil {
			return err
		}
		fmt.Println(report)
		return nil
	}
	return fmt.Errorf("unknown command %q (serve, migrate, import, user, accounts)", cmd)
}

// accountsCommand is `guichet accounts import --space S FILE.csv`: legacy facilitator
// accounts from the former platform (community.LegacyColumns).
func accountsCommand(args []string) error {
	if len(args) == 0 || args[0] != "import" {
		return fmt.Errorf("usage: guichet accounts import --space S FILE.csv")
	}
	fset := flag.NewFlagSet("guichet accounts import", flag.ContinueOnError)
	var cfg config
	cfg.flags(fset)
	var spaceSlug string
	fset.StringVar(&spaceSlug, "space", "", "space slug")
	if err := fset.Parse(args[1:]); err != nil {
		return err
	}
	cfg.settlePublicURL() // links in the e-mails this command queues
	if spaceSlug == "" || fset.NArg() != 1 {
		return fmt.Errorf("usage: guichet accounts import --space S FILE.csv")
	}
	f, err := os.Open(fset.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	ctx := context.Background()
	a, err := app.New(ctx, cfg.app())
	if err != nil {
		return err
	}
	defer a.Close()
	sp := a.Spaces.Get(spaceSlug)
	if sp == nil {
		return fmt.Errorf("--space %q: no such space", spaceSlug)
	}
	report, err := a.Community.ImportLegacy(ctx, sp, f)
	var le community.LegacyErrors
	if errors.As(err, &le) {
		return badRows(fset.Arg(0), le)
	}
	if err != nil {
		return err
	}
	fmt.Println(report)
	return nil
}

// badRows is a refused import's error: how many rows are bad (a row with several problems
// counts once), then each bad row, in the file's order, with its problems under it:
//
//	legacy.csv: 2 bad row(s); nothing was imported
//	legacy.csv:line 2: trained_on "hier": a date such as 2021-06-30
//	legacy.csv:line 2: locale "de": fr or en
//	legacy.csv:line 5: first_name and last_name are required
func badRows(file string, le community.LegacyErrors) error {
	var lines []int
	problems := map[int][]string{}
	for _, e := range le {
		if _, seen := problems[e.Line]; !seen {
			lines = append(lines, e.Line)
		}
		problems[e.Line] = append(problems[e.Line], e.Msg)
	}
	slices.Sort(lines)
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d bad row(s); nothing was imported", file, len(lines))
	for _, l := range lines {
		for _, m := range problems[l] {
			fmt.Fprintf(&b, "\n%s:line %d: %s", file, l, m)
		}
	}
	return errors.New(b.String())
}

func serve(ctx context.Context, cfg config) error {
	a, err := app.New(ctx, cfg.app())
	if err != nil {
		return err
	}
	defer a.Close()
	if cfg.DefaultSpace != "" && a.Spaces.Get(cfg.DefaultSpace) == nil {
		return fmt.Errorf("DEFAULT_SPACE %q: no such space", cfg.DefaultSpace)
	}
	if err := a.Start(ctx); err != nil {
		return err
	}
	cfg.logPublicURL()
	trustProxy, trustedProxies := cfg.proxies()
	opts := web.Options{CacheTTL: cfg.CacheTTL, CacheEntries: 10000, TrustProxy: trustProxy, TrustedProxies: trustedProxies,
		MaxUploadBytes: cfg.UploadMax, MaxBodyBytes: cfg.BodyMax,
		Production: cfg.production(), SeparateMetrics: cfg.MetricsAddr != "", PublicMetrics: cfg.MetricsPublic,
		RequestTimeout: cfg.RequestTimeout}
	if cfg.TrustedDocuments != "" {
		if opts.TrustedDocuments, err = graph.LoadTrustedDocuments(cfg.TrustedDocuments); err != nil {
			return err
		}
		slog.Info("trusted documents only", "documents", opts.TrustedDocuments.Len())
	}
	if cfg.OTLPEndpoint != "" {
		stopTracing, err := tracing.Start(ctx, cfg.OTLPEndpoint, "guichet")
		if err != nil {
			return err
		}
		defer func() {
			flush, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			stopTracing(flush)
		}()
		opts.Tracing = true
	}
	srv, err := a.Server(opts)
	if err != nil {
		return err
	}
	servers := []*http.Server{httpServer(cfg, srv.Handler())}
	if cfg.MetricsAddr != "" {
		servers = append(servers, &http.Server{Addr: cfg.MetricsAddr, Handler: srv.MetricsHandler(), ReadHeaderTimeout: 10 * time.Second})
	}
	errc := make(chan error, len(servers))
	for _, srv := range servers {
		go func() { errc <- srv.ListenAndServe() }()
	}
	// What a burst of requests left free goes back to the system once the burst is over.
	go background.ReturnMemoryWhenIdle(ctx, background.IdleMemoryInterval)
	if cfg.production() && cfg.MetricsAddr == "" && !cfg.MetricsPublic {
		slog.Info("metrics are not served: set METRICS_ADDR for a listener of their own, or METRICS_PUBLIC=true")
	}
	slog.Info("serving", "addr", cfg.Addr, "public_url", cfg.PublicURL, "mail", fmt.Sprint(a.MailTransport), "mode", cfg.Mode,
		"metrics_addr", cfg.MetricsAddr, "tracing", opts.Tracing)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	slog.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var errs []error
	for _, srv := range servers {
		errs = append(errs, srv.Shutdown(shutdown))
	}
	return errors.Join(errs...)
}

// userCommand runs `guichet user create` and `guichet user grant`.
func userCommand(args []string) error {
	if len(args) == 0 || (args[0] != "create" && args[0] != "grant") {
		return fmt.Errorf("usage: guichet user create --space S --email E --role R [--first-name F --last-name L] [--belt B]\n" +
			"       guichet user grant --space S --email E --role R [--scope KIND:ID]")
	}
	sub := args[0]
	fset := flag.NewFlagSet("guichet user "+sub, flag.ContinueOnError)
	var cfg config
	cfg.flags(fset)
	ctx := context.Background()
	var spaceSlug, email, roleName, first, last, scope, beltName string
	fset.StringVar(&spaceSlug, "space", "", "space slug")
	fset.StringVar(&email, "email", "", "e-mail address")
	fset.StringVar(&roleName, "role", "", "role: "+strings.Join(append(append([]string{}, role.SpaceRoles...), role.ScopedRoles...), ", "))
	if sub == "create" {
		fset.StringVar(&first, "first-name", "", "first name")
		fset.StringVar(&last, "last-name", "", "last name")
		fset.StringVar(&beltName, "belt", "", "a facilitator's belt: "+strings.Join(facilitation.Belts, ", "))
	} else {
		fset.StringVar(&scope, "scope", "", "for a scoped role: entity:ID, organization:ID or program:ID")
	}
	if err := fset.Parse(args[1:]); err != nil {
		return err
	}
	cfg.settlePublicURL() // links in the e-mails this command queues
	if spaceSlug == "" || email == "" || roleName == "" {
		return fmt.Errorf("--space, --email and --role are required")
	}
	if sub == "create" && !slices.Contains(role.SpaceRoles, roleName) {
		return fmt.Errorf("--role %q: one of %s (scoped roles are given with guichet user grant --scope)", roleName, strings.Join(role.SpaceRoles, ", "))
	}
	roles := []string{roleName}
	if beltName != "" {
		b := strings.ToUpper(beltName)
		if facilitation.Rank(b) == 0 {
			return fmt.Errorf("--belt %q: one of %s", beltName, strings.Join(facilitation.Belts, ", "))
		}
		if roleName != "facilitator" && roleName != "trainer" {
			return fmt.Errorf("--belt is for a facilitator (--role facilitator or trainer)")
		}
		roles = append(roles, strings.ToLower(b))
	}
	var pw string
	if sub == "create" {
		var err error
		if pw, err = readPassword(); err != nil {
			return err
		}
	}
	a, err := app.New(ctx, cfg.app())
	if err != nil {
		return err
	}
	defer a.Close()
	sp := a.Spaces.Get(spaceSlug)
	if sp == nil {
		return fmt.Errorf("--space %q: no such space", spaceSlug)
	}
	accounts := a.Accounts
	if sub == "create" {
		acc, err := accounts.Create(ctx, sp, account.CreateInput{Email: email, Password: pw, FirstName: first, LastName: last, Roles: roles})
		if err != nil {
			return describe(err, sp.DefaultLocale)
		}
		fmt.Printf("created account %d (%s) in %s with the role %s\n", acc.ID, acc.Email, sp.Slug, strings.Join(roles, " and the belt "))
		return nil
	}
	_, key, ok := account.NormalizeEmail(email)
	if !ok {
		return fmt.Errorf("--email %q is not an e-mail address", email)
	}
	acc, err := a.DB.Client.Account.Query().Where(entaccountq.SpaceID(sp.ID), entaccountq.EmailKey(key)).Only(ctx)
	if err != nil {
		return fmt.Errorf("no account %s in %s", email, sp.Slug)
	}
	if _, err := accounts.GrantRole(ctx, sp, 0, acc.ID, roleName, &scope, "cli"); err != nil {
		return describe(err, sp.DefaultLocale)
	}
	fmt.Printf("granted %s to %s in %s\n", roleName, acc.Email, policy.Scope(sp.Slug, scope))
	return nil
}

// readPassword reads the new account's password from GUICHET_PASSWORD, else the first line of
// standard input.
func readPassword() (string, error) {
	if pw := os.Getenv("GUICHET_PASSWORD"); pw != "" {
		return pw, nil
	}
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return "", fmt.Errorf("no password on standard input (or GUICHET_PASSWORD)")
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// describe turns a domain error into lines a person reads on a terminal.
func describe(err error, l locales.Locale) error {
	ae, ok := apperr.As(err)
	if !ok {
		return err
	}
	id := ae.MessageID
	if id == "" {
		id = ae.Code
	}
	lines := []string{locales.Message(l, id, ae.Data)}
	for _, v := range ae.Violations {
		mid := v.MessageID
		if mid == "" {
			mid = v.Code
		}
		lines = append(lines, "  - "+v.Field+": "+locales.Message(l, mid, v.Data))
	}
	return errors.New(strings.Join(lines, "\n"))
}
