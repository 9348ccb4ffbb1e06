# Guichet. `make run` serves the shipped content on an embedded SQLite file; `make test` runs
# every test. SQLite's full-text search (FTS5) needs the sqlite_fts5 build tag: use make, or
# pass -tags sqlite_fts5 to go yourself.

export CGO_ENABLED := 1
TAGS := -tags sqlite_fts5
GO ?= go

.PHONY: run build test fuzz test-postgres migration migration-hash generate check-generated bench bench-growth bench-wrk lint audit ui ui-deps ui-lock check-ui test-ui size

run:
	$(GO) run $(TAGS) . serve

# Without the symbol table and DWARF (-s -w): a third of the file, which the server never
# reads (stack traces keep their function names and lines).
build:
	$(GO) build $(TAGS) -trimpath -ldflags '-s -w' -o bin/guichet .

# Every test with the race detector, then the tests that measure the heap, which the race
# detector distorts (files marked //go:build !race), without it.
test:
	$(GO) vet $(TAGS) ./...
	$(GO) test $(TAGS) -race -count=1 -timeout 30m ./...
	$(GO) test $(TAGS) -count=1 -run 'Memory' ./content/

# Each fuzz target for a short while (FUZZTIME): one line per target, package and name.
FUZZTIME ?= 15s
fuzz:
	$(GO) test $(TAGS) -run '^$$' -fuzz '^FuzzDocumentLimits$$' -fuzztime=$(FUZZTIME) ./graph/doclimit
	$(GO) test $(TAGS) -run '^$$' -fuzz '^FuzzRender$$' -fuzztime=$(FUZZTIME) ./markdown
	$(GO) test $(TAGS) -run '^$$' -fuzz '^FuzzMarshalResponse$$' -fuzztime=$(FUZZTIME) ./web

# The same tests on PostgreSQL: on the server GUICHET_TEST_DATABASE_URL names, else on a
# throwaway cluster (scripts/pg-throwaway.sh) started and stopped around the run.
test-postgres:
	bash scripts/test-postgres.sh

# The next versioned migration of both dialects, from ent/schema: make migration NAME=add_x
migration:
	bash scripts/new-migration.sh $(NAME)

# After writing a migration by hand: rewrite the directories' atlas.sum.
migration-hash:
	$(GO) run $(TAGS) ./store/migrations/diff.go -dialect sqlite -hash
	$(GO) run $(TAGS) ./store/migrations/diff.go -dialect postgres -hash

generate:
	$(GO) generate $(TAGS) ./...
	$(GO) test $(TAGS) ./graph -run TestPolicyREADMEIsCurrent -update -count=1 >/dev/null

# Fails when the committed generated code (ent, gqlgen) differs from what `make generate` writes.
check-generated: generate
	@git add -N ent graph policy >/dev/null 2>&1 || true
	@if ! git diff --quiet -- ent graph policy/README.md; then \
		echo "generated code is stale: run 'make generate' and commit the result"; \
		git diff --stat -- ent graph policy/README.md; exit 1; fi

bench:
	$(GO) test $(TAGS) -run '^$$' -bench . -benchmem -count=1 ./web/ ./help/

lint:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet $(TAGS) ./...

# Throughput with wrk against a minimal net/http handler serving the same bytes (needs wrk).
bench-wrk:
	bash scripts/wrk-throughput.sh

# The stripped binary's size, what weighs in it (by package), and the server's resident memory at
# start, after a burst of reads and after a short idle (needs wrk); GUICHET_BIN measures another
# build.
size:
	bash scripts/size.sh

# The graphql-http npm package's audit of GraphQL-over-HTTP compliance (needs node and npm).
audit:
	bash scripts/graphql-http-audit.sh

# The admin app (/admin): its source is ui/, its build ui/dist is committed and embedded in the
# binary. `make ui` rebuilds it (needs Node.js >= 18 and npm): the GraphQL types generated
# from graph/*.graphqls, a type check, and vite's build.
# `npm ci` installs exactly the committed lock, a complete one as npm writes it (every
# platform's optional packages of rollup and esbuild included), and fails when package.json
# and the lock disagree: the only drift worth stopping for. After changing package.json, run
# `make ui-lock` and commit both files.
ui: ui-deps
	cd ui && npm run build

ui-deps:
	cd ui && npm ci --no-audit --no-fund --loglevel=error

ui-lock:
	cd ui && npm install --package-lock-only --no-audit --no-fund --loglevel=error

# Fails when the committed build or generated types differ from what `make ui` makes.
check-ui: ui
	@git add -N ui/dist ui/src/gql >/dev/null 2>&1 || true
	@if ! git diff --quiet -- ui/dist ui/src/gql; then \
		echo "the admin app's build is stale: run 'make ui' and commit the result"; \
		git diff --stat -- ui/dist ui/src/gql; exit 1; fi

# The admin app's unit tests, then its end-to-end tests in headless Chromium (Debian's
# chromium at /usr/bin/chromium, driven by playwright-core) against the real server.
# Screenshots in both languages go to ui/e2e/artifacts (or GUICHET_ARTIFACTS).
test-ui:
	$(MAKE) ui-deps
	cd ui && npm test
	$(GO) vet -tags sqlite_fts5,browser ./web/
	$(GO) test -tags sqlite_fts5,browser -count=1 -timeout 15m -run TestAdminInBrowser -v ./web/

# How each request's cost grows when the data grows 100-fold (x-growth), on SQLite files and
# real HTTP; GUICHET_GROWTH_ACCOUNTS and GUICHET_GROWTH_GUIDES set the large sizes.
bench-growth:
	$(GO) test $(TAGS) -run '^$$' -bench Growth -benchtime 20x -count=1 -timeout 30m ./web/
