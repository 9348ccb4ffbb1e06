package web_test

import (
	"crypto/sha256"
	"encoding/base64"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"guichet/apitest"
	"guichet/web"
)

// The explorer loads nothing from elsewhere: its page names only this server's files, each
// answered with the content its integrity attribute promises and kept a year; its CSP allows
// this server only. In production neither the page nor its files are served. (It was at / too
// until the contract's second edition; / is now the help center.)
func TestExplorerServesItsOwnAssets(t *testing.T) {
	dev, prod := apitest.New(t), apitest.NewWith(t, web.Options{Production: true})
	tag := regexp.MustCompile(`(?:src|href)="([^"]*)"\s+integrity="([^"]*)"`)
	for _, path := range []string{"/explorer"} {
		resp, page := raw(t, dev, mustRequest(http.MethodGet, dev.URL+path))
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "GraphiQL") {
			t.Fatalf("GET %s: %d\n%s", path, resp.StatusCode, page)
		}
		if strings.Contains(string(page), "http://") || strings.Contains(string(page), "https://") || strings.Contains(string(page), "//cdn") {
			t.Errorf("GET %s names another server:\n%s", path, page)
		}
		csp := resp.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "script-src 'self' 'sha256-", "connect-src 'self'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "http") || strings.Contains(csp, "script-src 'self' 'unsafe-inline'") {
			t.Errorf("GET %s: CSP %q allows too much", path, csp)
		}
		assets := tag.FindAllStringSubmatch(string(page), -1)
		if len(assets) != 4 { // GraphiQL's script and style, React, ReactDOM
			t.Fatalf("GET %s: %d assets, want 4:\n%s", path, len(assets), page)
		}
		for _, a := range assets {
			url, integrity := html.UnescapeString(a[1]), html.UnescapeString(a[2])
			if !strings.HasPrefix(url, web.ExplorerAssets) {
				t.Errorf("asset %s is not this server's", url)
				continue
			}
			resp, body := raw(t, dev, mustRequest(http.MethodGet, dev.URL+url))
			sum := sha256.Sum256(body)
			if resp.StatusCode != http.StatusOK || "sha256-"+base64.StdEncoding.EncodeToString(sum[:]) != integrity {
				t.Errorf("GET %s: %d, %d bytes not matching %s", url, resp.StatusCode, len(body), integrity)
			}
			if cc := resp.Header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
				t.Errorf("GET %s: Cache-Control %q", url, cc)
			}
			if resp, _ := raw(t, prod, mustRequest(http.MethodGet, prod.URL+url)); resp.StatusCode != http.StatusNotFound {
				t.Errorf("production GET %s: %d, want 404", url, resp.StatusCode)
			}
		}
	}
	for _, path := range []string{web.ExplorerAssets + "nothing.js", web.ExplorerAssets + "..%2fserver.go"} {
		if resp, _ := raw(t, dev, mustRequest(http.MethodGet, dev.URL+path)); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, resp.StatusCode)
		}
	}
	if resp, _ := raw(t, prod, mustRequest(http.MethodGet, prod.URL+"/explorer")); resp.StatusCode != http.StatusNotFound {
		t.Errorf("production GET /explorer: %d, want 404", resp.StatusCode)
	}
}
