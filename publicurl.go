package main

import (
	"log/slog"
	"net"
	"strings"
)

// defaultPublicURL is where links in e-mails and downloads point when PUBLIC_URL is not set:
// the address the server listens on (ADDR), as a browser on this machine reaches it. wildcard
// reports an ADDR naming every interface (0.0.0.0, ::): the server is meant to be reached from
// elsewhere, by a name only PUBLIC_URL can give.
func defaultPublicURL(addr string) (url string, wildcard bool) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		if addr == "" { // net/http listens on :http
			return "http://localhost", false
		}
		return "http://" + addr, false
	}
	switch host {
	case "":
		host = "localhost"
	case "0.0.0.0", "::", "[::]":
		host, wildcard = "localhost", true
	}
	if port == "" || port == "80" || port == "http" {
		return "http://" + host, wildcard
	}
	return "http://" + net.JoinHostPort(host, port), wildcard
}

// settlePublicURL gives PublicURL its default from Addr when it is unset, and remembers that
// it did so for logPublicURL.
func (c *config) settlePublicURL() {
	if c.PublicURL == "" {
		c.PublicURL, c.publicURLWildcard = defaultPublicURL(c.Addr)
		c.publicURLDerived = true
	}
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
}

// logPublicURL says at start where links point when PUBLIC_URL was not set.
func (c *config) logPublicURL() {
	switch {
	case c.publicURLWildcard:
		slog.Warn("PUBLIC_URL is not set: links in e-mails and downloads point at this machine; set PUBLIC_URL to the address people reach the server at", "public_url", c.PublicURL)
	case c.publicURLDerived:
		slog.Info("PUBLIC_URL is not set: links in e-mails and downloads point at the address served", "public_url", c.PublicURL)
	}
}
