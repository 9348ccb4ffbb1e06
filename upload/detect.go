package upload

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/webp"
)

// Detect tells what the size bytes of r are, from their content alone: a PDF, a PNG, JPEG or
// WebP image (with its width and height), an office document (OOXML, OpenDocument or the
// legacy binary formats) or UTF-8 plain text. Anything else is ErrUnsupportedType.
func Detect(r io.ReaderAt, size int64) (Info, error) {
	if size <= 0 {
		return Info{}, ErrEmpty
	}
	head := make([]byte, min(size, 512))
	if _, err := r.ReadAt(head, 0); err != nil && !errors.Is(err, io.EOF) {
		return Info{}, fmt.Errorf("upload: reading: %w", err)
	}
	info := Info{Size: size}
	all := io.NewSectionReader(r, 0, size)
	var err error
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		info.ContentType = PDF
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		info.ContentType = PNG
		err = imageSize(&info, all, png.DecodeConfig)
	case bytes.HasPrefix(head, []byte("\xff\xd8\xff")):
		info.ContentType = JPEG
		err = imageSize(&info, all, jpeg.DecodeConfig)
	case len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		info.ContentType = WebP
		err = imageSize(&info, all, webp.DecodeConfig)
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		info.ContentType, err = detectZip(r, size)
	case bytes.HasPrefix(head, oleMagic):
		info.ContentType, err = detectOLE(r, size)
	default:
		info.ContentType = Text
		err = checkText(head, all)
	}
	if err != nil {
		return Info{}, err
	}
	return info, nil
}

// imageSize reads the image's header (never its pixels) for its width and height.
func imageSize(info *Info, r io.Reader, decodeConfig func(io.Reader) (image.Config, error)) error {
	c, err := decodeConfig(r)
	if err != nil {
		return fmt.Errorf("%w: unreadable %s: %v", ErrUnsupportedType, info.ContentType, err)
	}
	if c.Width <= 0 || c.Height <= 0 {
		return fmt.Errorf("%w: %s of %d×%d pixels", ErrUnsupportedType, info.ContentType, c.Width, c.Height)
	}
	if int64(c.Width)*int64(c.Height) > MaxPixels {
		return fmt.Errorf("%w: %d×%d", ErrTooManyPixels, c.Width, c.Height)
	}
	info.Width, info.Height = &c.Width, &c.Height
	info.BytesPerPixel = bytesPerPixel(c.ColorModel)
	return nil
}

// bytesPerPixel is the memory one pixel takes once decoded in the color model the header
// announces: a PNG of 16 bits per channel decodes to 8 bytes a pixel, twice its 8-bit size.
// Unknown models count as the largest.
func bytesPerPixel(m color.Model) int {
	switch m {
	case color.GrayModel, color.AlphaModel:
		return 1
	case color.Gray16Model, color.Alpha16Model:
		return 2
	case color.YCbCrModel:
		return 3 // at most, with no chroma subsampling
	case color.RGBAModel, color.NRGBAModel, color.CMYKModel, color.NYCbCrAModel:
		return 4
	case color.RGBA64Model, color.NRGBA64Model:
		return 8
	}
	if _, ok := m.(color.Palette); ok {
		return 1
	}
	return 8
}

// checkText accepts valid UTF-8 without control characters other than tab, line feed,
// carriage return and form feed, and refuses markup: HTML, XML or SVG served from our origin
// could run scripts if a browser ever rendered it.
func checkText(head []byte, r io.Reader) error {
	start := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n\f")
	if len(start) >= 2 && start[0] == '<' && (isASCIILetter(start[1]) || strings.IndexByte("!?/", start[1]) >= 0) {
		return fmt.Errorf("%w: markup (HTML, XML or SVG)", ErrUnsupportedType)
	}
	if t := http.DetectContentType(head); strings.HasPrefix(t, "text/html") || strings.HasPrefix(t, "text/xml") {
		return fmt.Errorf("%w: markup (%s)", ErrUnsupportedType, t)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		c, n, err := br.ReadRune()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("upload: reading: %w", err)
		}
		switch {
		case c == utf8.RuneError && n == 1:
			return fmt.Errorf("%w: binary data or text not in UTF-8", ErrUnsupportedType)
		case c == '\t' || c == '\n' || c == '\r' || c == '\f':
		case unicode.IsControl(c):
			return fmt.Errorf("%w: binary data (control character %U)", ErrUnsupportedType, c)
		}
	}
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
