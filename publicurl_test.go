package main

import "testing"

// Without PUBLIC_URL, links point at the address the server listens on.
func TestDefaultPublicURL(t *testing.T) {
	for _, c := range []struct {
		addr, want string
		wildcard   bool
	}{
		{":8080", "http://localhost:8080", false},
		{":9090", "http://localhost:9090", false},
		{"0.0.0.0:9090", "http://localhost:9090", true},
		{"[::]:9090", "http://localhost:9090", true},
		{"127.0.0.1:9090", "http://127.0.0.1:9090", false},
		{"guichet.lan:9090", "http://guichet.lan:9090", false},
		{"[::1]:9090", "http://[::1]:9090", false},
		{":80", "http://localhost", false},
		{"", "http://localhost", false},
	} {
		got, wildcard := defaultPublicURL(c.addr)
		if got != c.want || wildcard != c.wildcard {
			t.Errorf("defaultPublicURL(%q) = %q, %v; want %q, %v", c.addr, got, wildcard, c.want, c.wildcard)
		}
	}
}

// PUBLIC_URL wins over the default, without its trailing slash.
func TestPublicURLSettles(t *testing.T) {
	for _, c := range []struct {
		addr, publicURL, want string
		derived               bool
	}{
		{":9090", "", "http://localhost:9090", true},
		{":9090", "https://aide.example.org/", "https://aide.example.org", false},
	} {
		cfg := config{Addr: c.addr}
		cfg.PublicURL = c.publicURL
		cfg.settlePublicURL()
		if cfg.PublicURL != c.want || cfg.publicURLDerived != c.derived {
			t.Errorf("%q, %q: PublicURL %q derived %v; want %q, %v", c.addr, c.publicURL, cfg.PublicURL, cfg.publicURLDerived, c.want, c.derived)
		}
	}
}
