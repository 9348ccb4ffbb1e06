package blob_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"guichet/blob"
	"guichet/blob/blobtest"
)

// BLOB_URL's S3 parameters are read as before (gocloud.dev's s3blob's names); one it does not
// know, or a flag that is neither true nor false, is refused at start rather than ignored.
func TestBucketURLParameters(t *testing.T) {
	ctx := context.Background()
	good := blobtest.S3(t)
	u, _ := url.Parse(good)
	q := u.Query()
	endpoint := q.Get("endpoint")

	// The endpoint without its scheme: disable_https says it is plain HTTP.
	noScheme := url.Values{"region": {"us-east-1"}, "use_path_style": {"true"}, "disable_https": {"true"},
		"endpoint": {strings.TrimPrefix(endpoint, "http://")}}
	if _, err := blob.Open(ctx, "s3://guichet?"+noScheme.Encode(), ""); err != nil {
		t.Errorf("endpoint without scheme, disable_https: %v", err)
	}
	for name, bad := range map[string]string{
		"unknown parameter":  good + "&sse=aws:kms",
		"flag not boolean":   strings.Replace(good, "use_path_style=true", "use_path_style=yes", 1),
		"endpoint with path": strings.Replace(good, url.QueryEscape(endpoint), url.QueryEscape(endpoint+"/x"), 1),
		"no bucket":          "s3://?" + q.Encode(),
	} {
		if _, err := blob.Open(ctx, bad, ""); err == nil {
			t.Errorf("%s: Open(%q) accepted", name, bad)
		}
	}
}
