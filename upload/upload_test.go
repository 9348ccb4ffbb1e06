package upload

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"guichet/blob"
)

// A 1×1 lossless (VP8L) WebP.
var tinyWebP = []byte{
	'R', 'I', 'F', 'F', 0x1a, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 0x0d, 0, 0, 0,
	0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0,
}

func pngOf(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	img.Set(0, 0, color.RGBA{200, 30, 30, 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func jpegOf(t *testing.T, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, image.NewGray(image.Rect(0, 0, w, h)), nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pngClaiming is a real PNG whose header claims w×h pixels (a decompression bomb's header).
func pngClaiming(t *testing.T, w, h uint32) []byte {
	b := pngOf(t, 1, 1)
	ihdr := b[12 : 12+4+13] // chunk type and data
	binary.BigEndian.PutUint32(ihdr[4:], w)
	binary.BigEndian.PutUint32(ihdr[8:], h)
	binary.BigEndian.PutUint32(b[12+4+13:], crc32.ChecksumIEEE(ihdr))
	return b
}

type entry struct {
	name, body string
	store      bool // uncompressed
}

func zipOf(t *testing.T, entries ...entry) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range entries {
		m := zip.Deflate
		if e.store {
			m = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: m})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, e.body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// ooxml is a minimal Office Open XML package whose main part is part, of type ct.
func ooxml(t *testing.T, part, ct string) []byte {
	return zipOf(t,
		entry{name: "[Content_Types].xml", body: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/` + part + `" ContentType="` + ct + `"/>
</Types>`},
		entry{name: "_rels/.rels", body: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="` + part + `"/>
</Relationships>`},
		entry{name: part, body: `<?xml version="1.0"?><document/>`},
	)
}

func odf(t *testing.T, mimetype string) []byte {
	return zipOf(t,
		entry{name: "mimetype", body: mimetype, store: true},
		entry{name: "content.xml", body: `<?xml version="1.0"?><office:document-content/>`},
		entry{name: "META-INF/manifest.xml", body: `<?xml version="1.0"?><manifest:manifest/>`},
	)
}

// cfb is a minimal compound file (version 3, 512-byte sectors) whose root holds streams
// named names: sector 0 is the FAT, sector 1 the directory.
func cfb(names ...string) []byte {
	le := binary.LittleEndian
	b := make([]byte, 512*3)
	copy(b, oleMagic)
	le.PutUint16(b[0x18:], 0x3e)
	le.PutUint16(b[0x1a:], 3)
	le.PutUint16(b[0x1c:], 0xfffe)
	le.PutUint16(b[0x1e:], 9)
	le.PutUint16(b[0x20:], 6)
	le.PutUint32(b[0x2c:], 1) // one FAT sector
	le.PutUint32(b[0x30:], 1) // the directory's first sector
	le.PutUint32(b[0x38:], 4096)
	le.PutUint32(b[0x3c:], cfbEndOfChain)
	le.PutUint32(b[0x44:], cfbEndOfChain)
	for i := range 109 {
		le.PutUint32(b[0x4c+4*i:], cfbFree)
	}
	le.PutUint32(b[0x4c:], 0) // the FAT is sector 0
	fat := b[512:1024]
	for i := range 128 {
		le.PutUint32(fat[4*i:], cfbFree)
	}
	le.PutUint32(fat[0:], 0xfffffffd)    // sector 0: FAT
	le.PutUint32(fat[4:], cfbEndOfChain) // sector 1: directory, alone
	dir := b[1024:]
	put := func(i int, name string, typ byte, right, child uint32) {
		e := dir[128*i : 128*i+128]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			le.PutUint16(e[2*j:], c)
		}
		le.PutUint16(e[0x40:], uint16(2*len(u)+2))
		e[0x42] = typ
		le.PutUint32(e[0x44:], cfbNoStream)
		le.PutUint32(e[0x48:], right)
		le.PutUint32(e[0x4c:], child)
		le.PutUint32(e[0x74:], cfbEndOfChain)
	}
	// Root, then the streams chained as right siblings (a valid, if unbalanced, tree).
	put(0, "Root Entry", 5, cfbNoStream, 1)
	for i, n := range names {
		right := uint32(cfbNoStream)
		if i < len(names)-1 {
			right = uint32(i + 2)
		}
		put(i+1, n, 2, right, cfbNoStream)
	}
	return b
}

const frenchText = "Modèle de délégation de mandat\r\n\tÀ compléter : « nom », date, signature.\fPage 2 — fin.\n"

func TestStoreDetectsByContent(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		declared string
		allow    []string
		want     string // content type; "" for a rejection
		wantErr  error
		w, h     int
	}{
		{name: "pdf", data: []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), declared: "application/pdf", want: PDF},
		{name: "png", data: pngOf(t, 3, 2), declared: "image/png", want: PNG, w: 3, h: 2},
		{name: "jpeg", data: jpegOf(t, 5, 4), declared: "image/jpeg", want: JPEG, w: 5, h: 4},
		{name: "jpeg as image/jpg", data: jpegOf(t, 5, 4), declared: "image/jpg", want: JPEG, w: 5, h: 4},
		{name: "webp", data: tinyWebP, declared: "image/webp", want: WebP, w: 1, h: 1},
		{name: "png with parameters", data: pngOf(t, 1, 1), declared: "IMAGE/PNG; name=x.png", want: PNG, w: 1, h: 1},
		{name: "docx", data: ooxml(t, "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"), declared: DOCX, want: DOCX},
		{name: "xlsx", data: ooxml(t, "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"), declared: XLSX, want: XLSX},
		{name: "pptx", data: ooxml(t, "ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"), declared: PPTX, want: PPTX},
		{name: "odt", data: odf(t, ODT), declared: ODT, want: ODT},
		{name: "ods", data: odf(t, ODS), declared: "", want: ODS},
		{name: "odp", data: odf(t, ODP), declared: ODP, want: ODP},
		{name: "docx declared as a zip", data: ooxml(t, "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"), declared: "application/x-zip-compressed", want: DOCX},
		{name: "doc", data: cfb("\x01CompObj", "WordDocument", "1Table"), declared: DOC, want: DOC},
		{name: "xls", data: cfb("Workbook"), declared: XLS, want: XLS},
		{name: "ppt", data: cfb("Current User", "PowerPoint Document"), declared: PPT, want: PPT},
		{name: "french text", data: []byte(frenchText), declared: "text/plain", want: Text},
		{name: "text with a BOM", data: []byte("\ufeffBonjour"), declared: "text/plain; charset=utf-8", want: Text},
		{name: "csv", data: []byte("nom;ville\nÉlodie;Besançon\n"), declared: "text/csv", want: Text},
		{name: "octet-stream declared", data: pngOf(t, 2, 2), declared: "application/octet-stream", want: PNG, w: 2, h: 2},
		{name: "nothing declared", data: []byte(frenchText), declared: "", want: Text},
		{name: "allowed", data: pngOf(t, 1, 1), declared: "image/png", allow: []string{PDF, PNG, JPEG}, want: PNG, w: 1, h: 1},

		{name: "png declared as pdf", data: pngOf(t, 1, 1), declared: "application/pdf", wantErr: ErrTypeMismatch},
		{name: "text declared as pdf", data: []byte(frenchText), declared: "application/pdf", wantErr: ErrTypeMismatch},
		{name: "docx declared as odt", data: ooxml(t, "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"), declared: ODT, wantErr: ErrTypeMismatch},
		{name: "not allowed here", data: odf(t, ODT), declared: ODT, allow: []string{PDF, PNG, JPEG}, wantErr: ErrUnsupportedType},
		{name: "binary", data: []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0}, declared: "application/octet-stream", wantErr: ErrUnsupportedType},
		{name: "text with a NUL", data: []byte("Bonjour\x00"), declared: "text/plain", wantErr: ErrUnsupportedType},
		{name: "latin-1 text", data: []byte("mod\xe8le"), declared: "text/plain", wantErr: ErrUnsupportedType},
		{name: "html", data: []byte("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>"), declared: "text/html", wantErr: ErrUnsupportedType},
		{name: "html declared as text", data: []byte("  <html><script>alert(1)</script></html>"), declared: "text/plain", wantErr: ErrUnsupportedType},
		{name: "svg", data: []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), declared: "image/svg+xml", wantErr: ErrUnsupportedType},
		{name: "svg with an xml declaration", data: []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`), declared: "", wantErr: ErrUnsupportedType},
		{name: "gif", data: []byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), declared: "image/gif", wantErr: ErrUnsupportedType},
		{name: "truncated png", data: pngOf(t, 1, 1)[:20], declared: "image/png", wantErr: ErrUnsupportedType},
		{name: "image bomb", data: pngClaiming(t, 10_000, 10_000), declared: "image/png", wantErr: ErrTooManyPixels},
		{name: "plain zip", data: zipOf(t, entry{name: "a.txt", body: "a"}), declared: "application/zip", wantErr: ErrUnsupportedType},
		{name: "zip declared as docx", data: zipOf(t, entry{name: "[Content_Types].xml", body: "<Types/>"}, entry{name: "word/x.exe", body: "MZ"}), declared: DOCX, wantErr: ErrUnsupportedType},
		{name: "macro-enabled docm", data: ooxml(t, "word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"), declared: "", wantErr: ErrUnsupportedType},
		{name: "opendocument drawing", data: odf(t, "application/vnd.oasis.opendocument.graphics"), declared: "", wantErr: ErrUnsupportedType},
		{name: "zip with a path outside", data: zipOf(t, entry{name: "../../etc/x", body: "x"}), declared: "", wantErr: ErrUnsupportedType},
		{name: "msi-like compound file", data: cfb("\u4840\u3b3f\u43f2"), declared: "application/x-msi", wantErr: ErrUnsupportedType},
		{name: "encrypted office document", data: cfb("EncryptionInfo", "EncryptedPackage"), declared: DOCX, wantErr: ErrUnsupportedType},
		{name: "truncated compound file", data: cfb("WordDocument")[:600], declared: DOC, wantErr: ErrUnsupportedType},
		{name: "empty", data: nil, declared: "text/plain", wantErr: ErrEmpty},
	}
	readers := map[string]func([]byte) io.Reader{
		"in place": func(b []byte) io.Reader { return bytes.NewReader(b) },
		"streamed": func(b []byte) io.Reader { return struct{ io.Reader }{bytes.NewReader(b)} },
	}
	for how, reader := range readers {
		for _, tt := range tests {
			t.Run(how+"/"+tt.name, func(t *testing.T) {
				store := blob.Dir{Root: t.TempDir()}
				info, err := Store(context.Background(), store, reader(tt.data), tt.declared, 1<<20, tt.allow...)
				if tt.wantErr != nil {
					if !errors.Is(err, tt.wantErr) {
						t.Fatalf("err = %v, want %v (info %+v)", err, tt.wantErr, info)
					}
					if entries, _ := os.ReadDir(store.Root); len(entries) != 0 {
						t.Fatalf("a refused file was stored: %v", entries)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if info.ContentType != tt.want || info.Size != int64(len(tt.data)) || !store.Has(info.SHA256) {
					t.Fatalf("info = %+v, want %s of %d bytes, stored", info, tt.want, len(tt.data))
				}
				if tt.w == 0 {
					if info.Width != nil || info.Height != nil {
						t.Fatalf("not an image, yet %v×%v", info.Width, info.Height)
					}
				} else if info.Width == nil || info.Height == nil || *info.Width != tt.w || *info.Height != tt.h {
					t.Fatalf("size %v×%v, want %d×%d", info.Width, info.Height, tt.w, tt.h)
				}
				f, err := store.Get(info.SHA256)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if got, _ := io.ReadAll(f); !bytes.Equal(got, tt.data) {
					t.Fatal("stored bytes differ")
				}
			})
		}
	}
}

func TestMismatchNamesBothTypes(t *testing.T) {
	_, err := Store(context.Background(), blob.Dir{Root: t.TempDir()}, bytes.NewReader(pngOf(t, 1, 1)), "application/pdf", 1<<20)
	var m *MismatchError
	if !errors.As(err, &m) || m.Declared != "application/pdf" || m.Detected != PNG ||
		!strings.Contains(err.Error(), "application/pdf") || !strings.Contains(err.Error(), "image/png") {
		t.Fatalf("err = %v", err)
	}
}

// countingReader is an endless stream of text that counts what was read from it.
type countingReader struct{ n int64 }

func (c *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	c.n += int64(len(p))
	return len(p), nil
}

func TestTooLargeIsRefusedWithoutReadingIt(t *testing.T) {
	const max = 1000
	store := blob.Dir{Root: t.TempDir()}
	c := &countingReader{}
	if _, err := Store(context.Background(), store, c, "text/plain", max); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("endless stream: err = %v", err)
	}
	if c.n > max+1 {
		t.Fatalf("read %d bytes for a limit of %d", c.n, max)
	}
	// Exactly the limit passes; one byte more does not, also when the size is known.
	if _, err := Store(context.Background(), store, bytes.NewReader(bytes.Repeat([]byte("a"), max)), "", max); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	if _, err := Store(context.Background(), store, bytes.NewReader(bytes.Repeat([]byte("a"), max+1)), "", max); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("one byte over, in place: err = %v", err)
	}
	if _, err := Store(context.Background(), store, strings.NewReader(strings.Repeat("a", max+1)), "", max); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("one byte over, streamed: err = %v", err)
	}
}

func TestStoreChecksFromTheReadersOffset(t *testing.T) {
	r := bytes.NewReader(append([]byte("junk"), pngOf(t, 2, 3)...))
	r.Seek(4, io.SeekStart)
	info, err := Store(context.Background(), blob.Dir{Root: t.TempDir()}, r, "image/png", 1<<20)
	if err != nil || info.ContentType != PNG || *info.Height != 3 {
		t.Fatalf("info = %+v, err = %v", info, err)
	}
	if pos, _ := r.Seek(0, io.SeekCurrent); pos != 4 {
		t.Fatalf("reader left at %d", pos)
	}
}

func TestStoreStopsWithTheRequest(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Store(ctx, blob.Dir{Root: t.TempDir()}, &countingReader{}, "", 1<<20)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

// The multipart request specification's way: the file part's own Content-Type is the
// declared type, and a file whose content does not match it is rejected.
func TestMultipartUploadWhoseContentDoesNotMatchItsDeclaredTypeIsRejected(t *testing.T) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("operations", `{"query":"mutation($file: Upload!) { upload(file: $file) { id } }","variables":{"file":null}}`)
	mw.WriteField("map", `{"0":["variables.file"]}`)
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="0"; filename="preuve-d'existence.pdf"`)
	h.Set("Content-Type", "application/pdf")
	part, _ := mw.CreatePart(h)
	part.Write(pngOf(t, 4, 4)) // a PNG renamed .pdf
	mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/graphql", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if err := req.ParseMultipartForm(1 << 20); err != nil {
		t.Fatal(err)
	}
	f, fh, err := req.FormFile("0")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	store := blob.Dir{Root: filepath.Join(t.TempDir(), "blobs")}
	_, err = Store(context.Background(), store, f, fh.Header.Get("Content-Type"), 1<<20, PDF, PNG, JPEG)
	if !errors.Is(err, ErrTypeMismatch) {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(store.Root); !os.IsNotExist(err) {
		t.Fatalf("something was stored: %v", err)
	}
	if got := SafeFilename(fh.Filename); got != "preuve-d'existence.pdf" {
		t.Fatalf("filename %q", got)
	}
}

func TestSafeFilename(t *testing.T) {
	long := strings.Repeat("é", 150) + ".pdf" // 300 bytes of name
	tests := []struct{ in, want string }{
		{"modèle-délégation-mandat.pdf", "modèle-délégation-mandat.pdf"},
		{"mode\u0300le.pdf", "modèle.pdf"}, // decomposed (macOS) → composed
		{`C:\Users\Élodie\Documents\attestation.pdf`, "attestation.pdf"},
		{"../../etc/passwd", "passwd"},
		{"/", DefaultFilename},
		{"", DefaultFilename},
		{"...", DefaultFilename},
		{" .hidden ", "hidden"},
		{"bilan\x00\r\n atelier.txt", "bilan atelier.txt"},
		{"facture\u202Efdp.exe", "facturefdp.exe"}, // no right-to-left override
		{`a<b>c:d"e|f?g*h.docx`, "a_b_c_d_e_f_g_h.docx"},
		{"rapport\u00a0final.pdf", "rapport final.pdf"},
		{"bad\xffutf8.txt", "badutf8.txt"},
		{long, strings.Repeat("é", 98) + ".pdf"},
		{strings.Repeat("a", 300), strings.Repeat("a", MaxFilenameBytes)},
		{"x." + strings.Repeat("b", 250), "x." + strings.Repeat("b", MaxFilenameBytes-2)},
	}
	for _, tt := range tests {
		got := SafeFilename(tt.in)
		if got != tt.want {
			t.Errorf("SafeFilename(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if len(got) > MaxFilenameBytes {
			t.Errorf("SafeFilename(%q) is %d bytes", tt.in, len(got))
		}
	}
}

// Check says what a file is without storing it, and leaves the reader where it was, so the
// file can be stored once the rest of a form is valid.
func TestCheckLeavesTheReaderAsItWas(t *testing.T) {
	img := pngOf(t, 2, 2)
	r := io.ReadSeeker(bytes.NewReader(img))
	info, err := Check(context.Background(), r, "image/png", 1<<20, PDF, PNG)
	if err != nil || info.ContentType != PNG {
		t.Fatalf("Check: %+v, %v", info, err)
	}
	store := blob.Dir{Root: t.TempDir()}
	if _, err := Store(context.Background(), store, r, "image/png", 1<<20, PNG); err != nil {
		t.Fatalf("stored after Check: %v", err)
	}
	if _, err := Check(context.Background(), bytes.NewReader(img), "application/pdf", 1<<20); !errors.Is(err, ErrTypeMismatch) {
		t.Fatalf("a PNG declared as a PDF: %v", err)
	}
	if _, err := Check(context.Background(), bytes.NewReader([]byte("text")), "", 1<<20, PDF, PNG); !errors.Is(err, ErrUnsupportedType) {
		t.Fatalf("a text where PDF or PNG is wanted: %v", err)
	}
	if _, err := Check(context.Background(), io.LimitReader(bytes.NewReader(img), 100), "", 1<<20); err == nil {
		t.Fatal("a reader that cannot be read again is refused")
	}
}
