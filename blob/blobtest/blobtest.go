// Package blobtest runs an S3-compatible object store in the test's process
// (github.com/johannesboyne/gofakes3, in memory) for the Bucket blob store, as replicas would
// share one.
package blobtest

import (
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// S3 starts an S3-compatible server with one empty bucket and returns the BLOB_URL of that
// bucket; it stops when t ends.
func S3(t testing.TB) string {
	t.Helper()
	backend := s3mem.New()
	if err := backend.CreateBucket("guichet"); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gofakes3.New(backend).Server())
	t.Cleanup(srv.Close)
	// Credentials the fake server accepts; the AWS SDK wants some.
	t.Setenv("AWS_ACCESS_KEY_ID", "guichet-test")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "guichet-test-secret")
	q := url.Values{}
	q.Set("region", "us-east-1")
	q.Set("endpoint", srv.URL)
	q.Set("use_path_style", "true")
	q.Set("disable_https", "true")
	return "s3://guichet?" + q.Encode()
}
