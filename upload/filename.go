package upload

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// DefaultFilename names a file whose uploader gave no usable name.
const DefaultFilename = "file"

// MaxFilenameBytes bounds a stored file name.
const MaxFilenameBytes = 200

// SafeFilename is name fit to store and to offer in a download: its base name only (browsers
// on Windows send C:\…), in NFC (macOS sends decomposed accents), without control or
// invisible formatting characters (a right-to-left override can disguise an extension),
// without characters Windows refuses, without leading or trailing dots and spaces, and at
// most MaxFilenameBytes long, keeping its extension. Accents and other letters stay.
func SafeFilename(name string) string {
	name = strings.ToValidUTF8(name, "")
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	var b strings.Builder
	for _, r := range norm.NFC.String(name) {
		switch {
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
		case strings.ContainsRune(`<>:"|?*`, r):
			b.WriteByte('_')
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	name = strings.Trim(b.String(), " .")
	if len(name) > MaxFilenameBytes {
		ext := path.Ext(name)
		if len(ext) > 16 {
			ext = ""
		}
		stem := strings.Trim(truncate(strings.TrimSuffix(name, ext), MaxFilenameBytes-len(ext)), " .")
		if stem == "" {
			stem = DefaultFilename
		}
		name = stem + ext
	}
	if name == "" {
		return DefaultFilename
	}
	return name
}

// truncate cuts s to at most n bytes, at a character boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
