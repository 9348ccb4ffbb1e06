package account

import (
	"testing"

	"guichet/ent"
	"guichet/store/storetest"
)

func openBenchDB(b *testing.B) (*ent.Client, error) {
	return storetest.Open(b, b.TempDir()).Client, nil
}
