package upload

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode/utf16"
)

// maxZipEntries bounds the entries of an office document's zip: office files have tens or
// hundreds, and each entry costs memory before anything else is known.
const maxZipEntries = 10_000

// maxXMLPart bounds how much of a small XML part (content types, relationships) is read once
// inflated, against zip bombs.
const maxXMLPart = 1 << 20

// detectZip recognises the zip-based office formats: OpenDocument (whose first entry is an
// uncompressed `mimetype`) and Office Open XML (whose main part, named by the package
// relationships, has the content type of a document, workbook or presentation). Other zip
// archives, and macro-enabled or template documents, are not accepted.
func detectZip(r io.ReaderAt, size int64) (string, error) {
	if n, ok := zipEntries(r, size); !ok || n > maxZipEntries {
		return "", fmt.Errorf("%w: zip archive with an unreadable or oversized directory", ErrUnsupportedType)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return "", fmt.Errorf("%w: unreadable zip archive: %v", ErrUnsupportedType, err)
	}
	if len(zr.File) > 0 && zr.File[0].Name == "mimetype" {
		b, err := readPart(zr.File[0], 256)
		if err != nil {
			return "", err
		}
		switch t := string(b); t {
		case ODT, ODS, ODP:
			return t, nil
		default:
			return "", fmt.Errorf("%w: OpenDocument %q", ErrUnsupportedType, t)
		}
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[strings.ToLower(f.Name)] = f // OPC part names are case-insensitive
	}
	types, rels := parts["[content_types].xml"], parts["_rels/.rels"]
	if types == nil || rels == nil {
		return "", fmt.Errorf("%w: zip archive", ErrUnsupportedType)
	}
	main, err := officeDocumentPart(rels)
	if err != nil {
		return "", err
	}
	if parts[strings.ToLower(main)] == nil {
		return "", fmt.Errorf("%w: Office Open XML without its main part %q", ErrUnsupportedType, main)
	}
	ct, err := partContentType(types, main)
	if err != nil {
		return "", err
	}
	switch ct {
	case "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml":
		return DOCX, nil
	case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml":
		return XLSX, nil
	case "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml":
		return PPTX, nil
	}
	return "", fmt.Errorf("%w: Office Open XML part of type %q", ErrUnsupportedType, ct)
}

// zipEntries reads the entry count of the zip's end-of-central-directory record, before
// archive/zip allocates one structure per entry.
func zipEntries(r io.ReaderAt, size int64) (int, bool) {
	const eocdLen, maxComment = 22, 0xffff
	n := min(size, eocdLen+maxComment)
	tail := make([]byte, n)
	if _, err := r.ReadAt(tail, size-n); err != nil && err != io.EOF {
		return 0, false
	}
	i := bytes.LastIndex(tail, []byte("PK\x05\x06"))
	if i < 0 || len(tail)-i < eocdLen {
		return 0, false
	}
	entries := binary.LittleEndian.Uint16(tail[i+10:])
	if entries == 0xffff { // zip64: no office document needs it
		return 0, false
	}
	return int(entries), true
}

func readPart(f *zip.File, max int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: unreadable zip entry %q: %v", ErrUnsupportedType, f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, fmt.Errorf("%w: unreadable zip entry %q: %v", ErrUnsupportedType, f.Name, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: zip entry %q too large", ErrUnsupportedType, f.Name)
	}
	return b, nil
}

// officeDocumentPart is the package's main part (e.g. word/document.xml), as its root
// relationships name it.
func officeDocumentPart(rels *zip.File) (string, error) {
	b, err := readPart(rels, maxXMLPart)
	if err != nil {
		return "", err
	}
	var doc struct {
		Relationship []struct {
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		}
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return "", fmt.Errorf("%w: unreadable package relationships: %v", ErrUnsupportedType, err)
	}
	for _, rel := range doc.Relationship {
		// Transitional and strict Office Open XML name the relationship differently.
		if strings.HasSuffix(rel.Type, "/officeDocument") && rel.TargetMode != "External" {
			return strings.TrimPrefix(path.Clean("/"+rel.Target), "/"), nil
		}
	}
	return "", fmt.Errorf("%w: zip archive without an office document", ErrUnsupportedType)
}

// partContentType is the content type [Content_Types].xml gives part: its override, else the
// default for its extension.
func partContentType(types *zip.File, part string) (string, error) {
	b, err := readPart(types, maxXMLPart)
	if err != nil {
		return "", err
	}
	var doc struct {
		Default []struct {
			Extension   string `xml:"Extension,attr"`
			ContentType string `xml:"ContentType,attr"`
		}
		Override []struct {
			PartName    string `xml:"PartName,attr"`
			ContentType string `xml:"ContentType,attr"`
		}
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return "", fmt.Errorf("%w: unreadable [Content_Types].xml: %v", ErrUnsupportedType, err)
	}
	for _, o := range doc.Override {
		if strings.EqualFold(o.PartName, "/"+part) {
			return o.ContentType, nil
		}
	}
	ext := strings.TrimPrefix(path.Ext(part), ".")
	for _, d := range doc.Default {
		if strings.EqualFold(d.Extension, ext) {
			return d.ContentType, nil
		}
	}
	return "", fmt.Errorf("%w: Office Open XML part %q without a type", ErrUnsupportedType, part)
}

// oleMagic starts a Compound File Binary (OLE2) file: the legacy .doc, .xls and .ppt, but
// also installers (.msi), Outlook messages and others, told apart by their streams.
var oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

const (
	cfbEndOfChain = 0xfffffffe
	cfbFree       = 0xffffffff
	cfbNoStream   = 0xffffffff
	cfbMaxEntries = 1 << 16
)

// detectOLE reads the compound file's directory and names the document from the streams at
// its root: WordDocument, Workbook (or Book, before Excel 97), PowerPoint Document.
func detectOLE(r io.ReaderAt, size int64) (string, error) {
	bad := func(why string) error { return fmt.Errorf("%w: compound file: %s", ErrUnsupportedType, why) }
	var hdr [512]byte
	if size < int64(len(hdr)) {
		return "", bad("truncated")
	}
	if _, err := r.ReadAt(hdr[:], 0); err != nil && err != io.EOF {
		return "", bad(err.Error())
	}
	le := binary.LittleEndian
	shift := le.Uint16(hdr[0x1e:])
	if le.Uint16(hdr[0x1c:]) != 0xfffe || (shift != 9 && shift != 12) {
		return "", bad("bad header")
	}
	sector := int64(1) << shift
	sectors := size/sector + 1 // no chain is longer: a longer one loops
	offset := func(s uint32) int64 { return (int64(s) + 1) * sector }
	u32At := func(off int64) (uint32, error) {
		var b [4]byte
		if off+4 > size {
			return 0, bad("sector out of the file")
		}
		if _, err := r.ReadAt(b[:], off); err != nil && err != io.EOF {
			return 0, bad(err.Error())
		}
		return le.Uint32(b[:]), nil
	}

	// The FAT's own sectors: 109 listed in the header, the others in the DIFAT chain.
	numFAT := int64(le.Uint32(hdr[0x2c:]))
	if numFAT > sectors {
		return "", bad("bad FAT size")
	}
	var fat []uint32
	for i := 0; i < 109 && int64(len(fat)) < numFAT; i++ {
		fat = append(fat, le.Uint32(hdr[0x4c+4*i:]))
	}
	perSector := sector / 4
	for s, n := le.Uint32(hdr[0x44:]), int64(0); int64(len(fat)) < numFAT && s != cfbEndOfChain && s != cfbFree; n++ {
		if n > sectors {
			return "", bad("DIFAT loops")
		}
		for i := int64(0); i < perSector-1 && int64(len(fat)) < numFAT; i++ {
			v, err := u32At(offset(s) + 4*i)
			if err != nil {
				return "", err
			}
			fat = append(fat, v)
		}
		next, err := u32At(offset(s) + 4*(perSector-1))
		if err != nil {
			return "", err
		}
		s = next
	}
	next := func(s uint32) (uint32, error) {
		i := int64(s) / perSector
		if i >= int64(len(fat)) {
			return 0, bad("sector out of the FAT")
		}
		return u32At(offset(fat[i]) + 4*(int64(s)%perSector))
	}

	// The directory: 128-byte entries along its sector chain.
	var dir []byte
	for s, n := le.Uint32(hdr[0x30:]), int64(0); s != cfbEndOfChain; n++ {
		if n > sectors || int64(len(dir))/128 >= cfbMaxEntries {
			return "", bad("directory loops")
		}
		if offset(s)+sector > size {
			return "", bad("directory out of the file")
		}
		buf := make([]byte, sector)
		if _, err := r.ReadAt(buf, offset(s)); err != nil && err != io.EOF {
			return "", bad(err.Error())
		}
		dir = append(dir, buf...)
		var err error
		if s, err = next(s); err != nil {
			return "", err
		}
	}
	entries := len(dir) / 128
	entry := func(i uint32) []byte { return dir[int(i)*128 : int(i)*128+128] }
	if entries == 0 || entry(0)[0x42] != 5 {
		return "", bad("no root entry")
	}

	// The root's children form a tree through their left and right siblings.
	root := map[string]bool{}
	seen := map[uint32]bool{}
	stack := []uint32{le.Uint32(entry(0)[0x4c:])}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if i == cfbNoStream {
			continue
		}
		if int(i) >= entries || seen[i] {
			return "", bad("bad directory tree")
		}
		seen[i] = true
		e := entry(i)
		if e[0x42] == 2 { // a stream
			root[entryName(e)] = true
		}
		stack = append(stack, le.Uint32(e[0x44:]), le.Uint32(e[0x48:]))
	}
	switch {
	case root["WordDocument"]:
		return DOC, nil
	case root["Workbook"] || root["Book"]:
		return XLS, nil
	case root["PowerPoint Document"]:
		return PPT, nil
	case root["EncryptedPackage"]:
		return "", fmt.Errorf("%w: encrypted office document", ErrUnsupportedType)
	}
	return "", bad("not a Word, Excel or PowerPoint document")
}

// entryName decodes a directory entry's UTF-16 name.
func entryName(e []byte) string {
	n := int(binary.LittleEndian.Uint16(e[0x40:]))/2 - 1 // the length counts the final NUL
	if n <= 0 || n > 31 {
		return ""
	}
	u := make([]uint16, n)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(e[2*i:])
	}
	return string(utf16.Decode(u))
}
