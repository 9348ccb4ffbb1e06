package content

import (
	"mime"
	"net/http"
	"path"
	"strings"
)

// contentType sniffs what a file is from its first bytes, as a browser would; when the bytes
// say nothing specific, the extension decides (a .csv sniffs as plain text, a .docx as a zip).
func contentType(name string, data []byte) string {
	sniffed := http.DetectContentType(data)
	generic := sniffed == "application/octet-stream" || strings.HasPrefix(sniffed, "text/plain") ||
		sniffed == "application/zip"
	if generic {
		if byExt := mime.TypeByExtension(path.Ext(name)); byExt != "" {
			return byExt
		}
	}
	return sniffed
}
