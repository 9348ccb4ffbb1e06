// Package ui holds the admin app (/admin): its source is this folder's npm project, and its
// built files (dist, made by `make ui`) are committed and embedded in the binary, so running
// the server needs no Node.js.
package ui

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Files are the built app: index.html and its assets.
func Files() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // dist is embedded: it is always there
	}
	return sub
}
