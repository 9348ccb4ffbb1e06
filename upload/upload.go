// Package upload checks the files people upload, by their bytes and never by their name or
// the type their browser declares, and stores those it accepts in the blob store.
//
// A GraphQL resolver hands it the multipart upload as it came:
//
//	info, err := upload.Store(ctx, blobs, u.File, u.ContentType, maxBytes, upload.PDF, upload.PNG, upload.JPEG)
//	name := upload.SafeFilename(u.Filename)
package upload

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"slices"
	"strings"

	"guichet/blob"
)

// The content types Detect recognises, as they are stored and served.
const (
	PDF  = "application/pdf"
	PNG  = "image/png"
	JPEG = "image/jpeg"
	WebP = "image/webp"
	Text = "text/plain; charset=utf-8"
	DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
	ODT  = "application/vnd.oasis.opendocument.text"
	ODS  = "application/vnd.oasis.opendocument.spreadsheet"
	ODP  = "application/vnd.oasis.opendocument.presentation"
	DOC  = "application/msword"
	XLS  = "application/vnd.ms-excel"
	PPT  = "application/vnd.ms-powerpoint"
)

// MaxPixels bounds an image's width × height: a small file can declare a huge image that
// would take gigabytes to decode (a decompression bomb).
const MaxPixels = 50_000_000

// Errors a caller maps to what it tells the uploader; each returned error wraps one of them.
var (
	ErrEmpty           = errors.New("upload: empty file")
	ErrTooLarge        = errors.New("upload: file too large")
	ErrUnsupportedType = errors.New("upload: unsupported file type")
	ErrTypeMismatch    = errors.New("upload: content does not match the declared type")
	ErrTooManyPixels   = errors.New("upload: image has too many pixels")
)

// MismatchError is an ErrTypeMismatch with the two types, for the message to the uploader.
type MismatchError struct{ Declared, Detected string }

func (e *MismatchError) Error() string {
	return fmt.Sprintf("upload: content is %s, declared as %s", e.Detected, e.Declared)
}

// Is makes errors.Is(err, ErrTypeMismatch) true.
func (e *MismatchError) Is(target error) bool { return target == ErrTypeMismatch }

// Info is what an accepted file is.
type Info struct {
	ContentType string // one of the constants above
	Size        int64
	SHA256      string // lowercase hex; the blob's key (empty from Detect)
	// Width and Height are an image's size in pixels; nil for other files.
	Width, Height *int
	// BytesPerPixel is what one pixel of the decoded image takes in memory (8 for a PNG of 16
	// bits per channel with alpha), read from the header; 0 for other files.
	BytesPerPixel int
}

// DecodedBytes is what decoding the image takes in memory, from its header alone.
func (i Info) DecodedBytes() int64 {
	if i.Width == nil || i.Height == nil {
		return 0
	}
	return int64(*i.Width) * int64(*i.Height) * int64(i.BytesPerPixel)
}

// Store reads r (never more than max+1 bytes), checks what its bytes are, and puts them in
// s. The declared type (the multipart part's Content-Type) must agree with the bytes, unless
// it is empty or application/octet-stream; allow, when given, lists the detected types the
// caller accepts. Nothing is stored unless every check passes.
//
// When r is also an io.ReaderAt and io.Seeker (gqlgen's uploads written to a temporary
// *os.File are), its bytes are checked in place from its current offset and must not
// change until Store returns; any other reader is first copied to a temporary file.
func Store(ctx context.Context, s blob.Store, r io.Reader, declared string, max int64, allow ...string) (Info, error) {
	src, size, done, err := readable(ctx, r, max)
	if err != nil {
		return Info{}, err
	}
	defer done()
	info, err := inspect(src, size, declared, allow)
	if err != nil {
		return Info{}, err
	}
	sum, n, err := s.Put(ctxReader{ctx, io.NewSectionReader(src, 0, size)})
	if err != nil {
		return Info{}, fmt.Errorf("upload: storing: %w", err)
	}
	if n != size {
		return Info{}, fmt.Errorf("upload: stored %d bytes of %d", n, size)
	}
	info.SHA256 = sum
	return info, nil
}

// readable gives random access to r's bytes (the zip directory of an office document is at
// its end) and their size, enforcing max and refusing nothing at all. done releases them.
func readable(ctx context.Context, r io.Reader, max int64) (src io.ReaderAt, size int64, done func(), err error) {
	if max <= 0 {
		return nil, 0, nil, fmt.Errorf("upload: size limit %d", max)
	}
	if ra, ok := r.(interface {
		io.ReaderAt
		io.Seeker
	}); ok {
		start, err := ra.Seek(0, io.SeekCurrent)
		if err != nil {
			return nil, 0, nil, fmt.Errorf("upload: %w", err)
		}
		end, err := ra.Seek(0, io.SeekEnd)
		if err != nil {
			return nil, 0, nil, fmt.Errorf("upload: %w", err)
		}
		if _, err := ra.Seek(start, io.SeekStart); err != nil {
			return nil, 0, nil, fmt.Errorf("upload: %w", err)
		}
		size = end - start
		if err := checkSize(size, max); err != nil {
			return nil, 0, nil, err
		}
		return io.NewSectionReader(ra, start, size), size, func() {}, nil
	}
	tmp, err := os.CreateTemp("", "guichet-upload-*")
	if err != nil {
		return nil, 0, nil, fmt.Errorf("upload: %w", err)
	}
	done = func() {
		tmp.Close()
		os.Remove(tmp.Name())
	}
	size, err = io.Copy(tmp, io.LimitReader(ctxReader{ctx, r}, max+1))
	if err == nil {
		err = checkSize(size, max)
	} else {
		err = fmt.Errorf("upload: reading: %w", err)
	}
	if err != nil {
		done()
		return nil, 0, nil, err
	}
	return tmp, size, done, nil
}

func checkSize(size, max int64) error {
	switch {
	case size > max:
		return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	case size == 0:
		return ErrEmpty
	}
	return nil
}

// ctxReader stops reading once the request is gone.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// declaredMatches reports whether a browser's declared type agrees with the detected one.
// Browsers send application/octet-stream (or nothing) for a type they do not know.
func declaredMatches(declared, detected string) bool {
	d := essence(declared)
	if d == "" || d == "application/octet-stream" {
		return true
	}
	if a, ok := aliases[d]; ok {
		d = a
	}
	if detected == Text && textual[d] || zipBased[detected] && zips[d] {
		return true
	}
	return d == essence(detected)
}

// aliases are other names browsers and systems give the detected types.
var aliases = map[string]string{
	"image/jpg":         JPEG,
	"image/pjpeg":       JPEG,
	"image/x-png":       PNG,
	"application/x-pdf": PDF,
}

// textual types are plain text under another name: they are accepted, and stored as text.
var textual = map[string]bool{
	"text/csv":                  true,
	"text/markdown":             true,
	"text/x-markdown":           true,
	"text/tab-separated-values": true,
}

// zipBased documents may be declared as the zip archives they are, by systems that do not
// know their type.
var (
	zipBased = map[string]bool{DOCX: true, XLSX: true, PPTX: true, ODT: true, ODS: true, ODP: true}
	zips     = map[string]bool{"application/zip": true, "application/x-zip-compressed": true}
)

// essence is a media type without its parameters, in lower case.
func essence(t string) string {
	if mt, _, err := mime.ParseMediaType(t); err == nil {
		return mt
	}
	t, _, _ = strings.Cut(t, ";")
	return strings.ToLower(strings.TrimSpace(t))
}

// Check is Store without storing: it says what r's bytes are, under the same rules, and
// leaves r where it found it, to be stored later (once every other field of a form is known to
// be valid). r must be an io.Seeker, as gqlgen's uploads are.
func Check(ctx context.Context, r io.Reader, declared string, max int64, allow ...string) (info Info, err error) {
	seeker, ok := r.(io.Seeker)
	if !ok {
		return Info{}, fmt.Errorf("upload: Check needs a reader it can read again, not %T", r)
	}
	start, err := seeker.Seek(0, io.SeekCurrent)
	if err != nil {
		return Info{}, fmt.Errorf("upload: %w", err)
	}
	defer func() {
		if _, serr := seeker.Seek(start, io.SeekStart); serr != nil && err == nil {
			err = fmt.Errorf("upload: %w", serr)
		}
	}()
	src, size, done, err := readable(ctx, r, max)
	if err != nil {
		return Info{}, err
	}
	defer done()
	return inspect(src, size, declared, allow)
}

// inspect detects what the bytes are and checks them against the declared and allowed types.
func inspect(src io.ReaderAt, size int64, declared string, allow []string) (Info, error) {
	info, err := Detect(src, size)
	if err != nil {
		return Info{}, err
	}
	if !declaredMatches(declared, info.ContentType) {
		return Info{}, &MismatchError{Declared: declared, Detected: info.ContentType}
	}
	if len(allow) > 0 && !slices.Contains(allow, info.ContentType) {
		return Info{}, fmt.Errorf("%w: %s is not accepted here", ErrUnsupportedType, info.ContentType)
	}
	return info, nil
}
