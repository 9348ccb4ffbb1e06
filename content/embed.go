// Package content reads the shipped help-center content (spaces/<space>/: configuration,
// categories, FR/EN guides, FAQs, resources and their files), validates all of it, and imports
// it into the database in one transaction. README.md in this folder is the file format.
package content

import "embed"

// Shipped is the content that ships in the binary; Load(Shipped) reads it.
//
//go:embed spaces
var Shipped embed.FS
