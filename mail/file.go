package mail

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// FileTransport writes each message as one RFC 5322 .eml file in Dir. Names start with the
// UTC time of writing, so that listing the directory in name order lists messages in the
// order they were sent. Files are readable by their owner only: they hold links' tokens.
type FileTransport struct {
	Dir string
	// Now is the clock that names files; nil means time.Now.
	Now func() time.Time
}

func (t *FileTransport) String() string { return "file://" + filepath.ToSlash(t.Dir) }

// Send writes msg to a temporary file, then renames it into place: a reader of Dir never sees
// half a message.
func (t *FileTransport) Send(ctx context.Context, msg *Outgoing) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b, err := msg.Bytes()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(t.Dir, 0o700); err != nil {
		return fmt.Errorf("mail directory: %w", err)
	}
	now := time.Now
	if t.Now != nil {
		now = t.Now
	}
	var suffix [6]byte
	rand.Read(suffix[:])
	name := now().UTC().Format("20060102T150405.000000000Z") + "-" + hex.EncodeToString(suffix[:]) + ".eml"

	tmp, err := os.CreateTemp(t.Dir, ".writing-*.tmp")
	if err != nil {
		return fmt.Errorf("writing message: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("writing message: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing message: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing message: %w", err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(t.Dir, name)); err != nil {
		return fmt.Errorf("writing message: %w", err)
	}
	return nil
}
