package content

import (
	"io/fs"
	"time"

	"guichet/facilitation"
	"guichet/locales"
	"guichet/password"
	"guichet/role"
)

// Bundle is the validated content of every space of a content folder, ready to import.
//
// It holds what each item says about itself (keys, slugs, titles, hashes), not the bodies nor
// the files' bytes: Import reads those again from the same folder, one at a time, so that an
// import's memory does not grow with the size of the content.
type Bundle struct {
	Spaces []*Space
	fsys   fs.FS // the folder Load read
}

// Space is one spaces/<slug>/ folder.
type Space struct {
	Slug           string // the folder name
	NameFR, NameEN string
	DefaultLocale  locales.Locale
	Approval       string // none | staff | entity-manager
	Modules        []string
	PasswordPolicy password.Policy
	SupportEmail   string   // where contactSupport requests go
	CORSOrigins    []string // origins whose pages may call the API from a browser
	BeltRules      facilitation.Rules
	TimeZone       string // IANA name: dates written for people are in it (Europe/Paris by default)
	PhoneRegion    string // ISO 3166 region of phone numbers typed without their country code (FR by default)
	SourceHash     string // of space.yaml

	Categories []*Category
	Guides     []*Guide
	FAQs       []*FAQ
	Resources  []*Resource
	Groups     []*Group // groups.yaml: local groups
	News       []*NewsPost
	// Files are the files of files/ that a guide or resource refers to, by their path inside
	// the space ("files/modele.pdf").
	Files map[string]*File
}

// Category is one entry of categories.yaml.
type Category struct {
	Key          string
	Position     int
	Translations map[locales.Locale]*CategoryText
}

// CategoryText is a category in one locale.
type CategoryText struct {
	Slug, Title, Description string
	// SourceHash covers this entry only, so that editing one category leaves the others alone.
	SourceHash string
}

// Item is what guides, FAQs and resources share: their key and what belongs to the item,
// not to one of its translations.
type Item struct {
	Key      string
	Category string // a category key; "" for none
	Audience role.Audience
	Position int
	// Tags are the item's tags ("journey:orange"), sorted: the same in every translation.
	Tags []string
	// Date is a news post's date, the same in every translation; nil for other pages.
	Date *time.Time
}

// Source is where a translation comes from.
type Source struct {
	File string // relative to the content root
	// SourceHash is the SHA-256 of the file's bytes and of the files it refers to: equal to
	// the stored one, the translation is unchanged and the import leaves it alone.
	SourceHash string
	lines      keyLines // of the front matter, for errors found at import
	fileHash   string   // of the file's bytes alone: Import checks the file it reads again is the one Load validated
}

// Line is the line of key in the source file's front matter, or 1.
func (s Source) Line(key string) int { return s.lines.line(key, 1) }

// Guide is guides/<key>.<locale>.md, both locales.
type Guide struct {
	Item
	Translations map[locales.Locale]*GuideText
}

// GuideText is one guide translation.
type GuideText struct {
	Source
	Title, Slug, Summary string
	FormerSlugs          []string
	Attachments          []string // paths inside the space, "files/…"
	Author               string
	PublishedAt          *time.Time
}

// FAQ is faqs/<key>.<locale>.md, both locales.
type FAQ struct {
	Item
	Translations map[locales.Locale]*FAQText
}

// FAQText is one FAQ translation; the body is the answer.
type FAQText struct {
	Source
	Question string
}

// Resource is resources/<key>.<locale>.md, both locales.
type Resource struct {
	Item
	Translations map[locales.Locale]*ResourceText
}

// ResourceText is one resource translation: a file of the space or an external link.
type ResourceText struct {
	Source
	Title string
	File  string // a path inside the space, "files/…"; "" for a link
	URL   string
}

// NewsPost is news/<key>.<locale>.md, both locales.
type NewsPost struct {
	Item
	Translations map[locales.Locale]*NewsText
}

// NewsText is one news translation.
type NewsText struct {
	Source
	Title, Slug, Summary, Author string
}

// File is one file of a space's files/ folder.
type File struct {
	Path        string // inside the space: "files/modele.pdf"
	Name        string // its base name, the download's file name
	Size        int64
	SHA256      string
	ContentType string
}
