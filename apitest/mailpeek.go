package apitest

import (
	"context"
	"path/filepath"
	"sort"
	"testing"
)

// AllEmails sends what the outbox holds and returns every message written so far, oldest
// first, without marking any as seen (Emails and EmailTo still see them): for a mail sink
// that a browser test reads while the test's own checks read theirs later.
func (e *Env) AllEmails(t testing.TB) []Email {
	t.Helper()
	if _, _, err := e.Mail.SendDue(context.Background()); err != nil {
		t.Error(err)
		return nil
	}
	files, _ := filepath.Glob(filepath.Join(e.MailDir, "*.eml"))
	sort.Strings(files)
	out := make([]Email, 0, len(files))
	for _, f := range files {
		out = append(out, readEmail(t, f))
	}
	return out
}
