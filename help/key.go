package help

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
)

// randomKey names an item created by an editor (the importer's items are named by their file).
func randomKey() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func logError(ctx context.Context, what string, err error) {
	slog.ErrorContext(ctx, what, "err", err)
}
