package account

import (
	"context"
	"testing"

	"guichet/ent"
	"guichet/store"
)

func openBenchDB(b *testing.B) (*ent.Client, error) {
	db, err := store.Open("", b.TempDir())
	if err != nil {
		return nil, err
	}
	b.Cleanup(func() { db.Close() })
	return db.Client, db.Migrate(context.Background())
}
