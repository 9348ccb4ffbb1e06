//go:build ignore

// diff writes the next migration of one dialect: the statements that take the schema its
// directory's migrations describe to the one ent/schema describes. The directory is replayed
// on an empty development database (an in-memory SQLite; for PostgreSQL, a database created
// on the server -dev names, and dropped after), and the result compared with ent's schema.
//
//	go run -tags sqlite_fts5 ./store/migrations/diff.go -dialect sqlite NAME
//	go run -tags sqlite_fts5 ./store/migrations/diff.go -dialect postgres -dev postgres://… NAME
//	go run -tags sqlite_fts5 ./store/migrations/diff.go -dialect sqlite -hash
//
// -hash only rewrites atlas.sum, after a migration was written by hand.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/url"
	"path/filepath"

	"ariga.io/atlas/sql/migrate"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/mattn/go-sqlite3"

	entmigrate "guichet/ent/migrate"
)

func main() {
	dialect := flag.String("dialect", "sqlite", "sqlite or postgres")
	dev := flag.String("dev", "", "for postgres: the URL of a server where a scratch database may be created")
	hash := flag.Bool("hash", false, "only rewrite atlas.sum")
	flag.Parse()
	dir, err := migrate.NewLocalDir(filepath.Join("store", "migrations", *dialect))
	if err != nil {
		log.Fatal(err)
	}
	if *hash {
		sum, err := dir.Checksum()
		if err != nil {
			log.Fatal(err)
		}
		if err := migrate.WriteSumFile(dir, sum); err != nil {
			log.Fatal(err)
		}
		return
	}
	name := flag.Arg(0)
	if name == "" {
		log.Fatal("usage: diff.go -dialect sqlite|postgres [-dev URL] NAME")
	}
	ctx := context.Background()
	var drvName, dsn string
	switch *dialect {
	case "sqlite":
		drvName, dsn = "sqlite3", "file:dev?mode=memory&cache=shared&_fk=1"
	case "postgres":
		if *dev == "" {
			log.Fatal("-dev: the URL of a PostgreSQL server is needed (make test-postgres starts one)")
		}
		var drop func()
		dsn, drop, err = scratchDatabase(ctx, *dev)
		if err != nil {
			log.Fatal(err)
		}
		defer drop()
		drvName = "pgx"
	default:
		log.Fatalf("-dialect %q: sqlite or postgres", *dialect)
	}
	db, err := sql.Open(drvName, dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	entDialect := map[string]string{"sqlite": "sqlite3", "postgres": "postgres"}[*dialect]
	drv := entsql.OpenDB(entDialect, db)
	err = entmigrate.NewSchema(drv).NamedDiff(ctx, name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithFormatter(migrate.DefaultFormatter),
		schema.WithDialect(entDialect),
		schema.WithErrNoPlan(true),
	)
	if errors.Is(err, migrate.ErrNoPlan) {
		fmt.Println("no change: the migrations already describe ent's schema")
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote the migration", name, "in", dir.Path())
}

// scratchDatabase creates an empty database on the server and returns its URL.
func scratchDatabase(ctx context.Context, server string) (string, func(), error) {
	admin, err := sql.Open("pgx", server)
	if err != nil {
		return "", nil, err
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "guichet_dev_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, `CREATE DATABASE `+name); err != nil {
		admin.Close()
		return "", nil, err
	}
	u, err := url.Parse(server)
	if err != nil {
		return "", nil, err
	}
	u.Path = "/" + name
	return u.String(), func() {
		admin.ExecContext(context.Background(), `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`)
		admin.Close()
	}, nil
}
