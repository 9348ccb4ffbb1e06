package mentoring

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	_ "image/jpeg" // logos are PNG or JPEG
	"image/png"
	"io"
	"math"

	"github.com/disintegration/imaging"
	"golang.org/x/sync/semaphore"

	"guichet/apperr"
	"guichet/blob"
	"guichet/upload"
)

// Logo limits: what the e-mentoring platform shows. A 300×300 logo needs no more than a
// 4096-pixel side; the pixel limits keep one decode under 64 MB (4 bytes a pixel at 8 bits
// per channel, 8 at 16 bits), where a 381 KB PNG could otherwise declare 7000×7000 at 16 bits
// and take 372 MB.
const (
	MaxLogoBytes     = 2 << 20
	LogoSize         = 300
	MaxLogoSide      = 4096
	MaxLogoPixels    = 16_000_000 // at 8 bits per channel
	MaxLogoPixels16  = 8_000_000  // at 16 bits per channel
	maxLogoDecodeMem = MaxLogoPixels * 4
)

// decoding bounds the memory all logo decodes take at once: two of the largest, or many
// small ones; a request waits its turn (or gives up with its context).
var decoding = semaphore.NewWeighted(2 * maxLogoDecodeMem)

// Upload is a file as it came in a multipart request.
type Upload struct {
	File        io.Reader
	Filename    string
	ContentType string
}

// StoredLogo is a logo kept in the blob store: the original and its LogoSize×LogoSize PNG.
type StoredLogo struct {
	SHA256, ContentType, SquareSHA256 string
}

// checkLogo checks a logo by its bytes and its header alone (PNG or JPEG, at most 2 MB, its
// dimensions and bit depth within the limits above), never decoding it, so that it is judged
// with the request's other fields and a refused request costs no decode.
func checkLogo(ctx context.Context, u *Upload) (upload.Info, []apperr.Violation, error) {
	info, err := upload.Check(ctx, u.File, u.ContentType, MaxLogoBytes, upload.PNG, upload.JPEG)
	if err != nil {
		err = logoError(err)
		if e, ok := apperr.As(err); ok && len(e.Violations) > 0 {
			return info, e.Violations, nil
		}
		return info, nil, err
	}
	w, h := int64(*info.Width), int64(*info.Height)
	limit := int64(MaxLogoPixels)
	if info.BytesPerPixel > 4 {
		limit = MaxLogoPixels16
	}
	if w > MaxLogoSide || h > MaxLogoSide || w*h > limit || info.DecodedBytes() > maxLogoDecodeMem {
		return info, []apperr.Violation{logoTooLarge(int(w), int(h))}, nil
	}
	return info, nil, nil
}

func logoTooLarge(w, h int) apperr.Violation {
	return apperr.Violation{Field: "logo", Code: "LOGO_TOO_MANY_PIXELS", Data: map[string]any{"Side": MaxLogoSide,
		"Megapixels": MaxLogoPixels / 1_000_000, "Megapixels16": MaxLogoPixels16 / 1_000_000,
		"Width": w, "Height": h}}
}

// storeLogo stores a logo checkLogo accepted, and stores its square version: the whole image
// fitted inside LogoSize×LogoSize without distortion, centred on a transparent background.
func storeLogo(ctx context.Context, store blob.Store, u *Upload, checked upload.Info) (*StoredLogo, error) {
	info, err := upload.Store(ctx, store, u.File, u.ContentType, MaxLogoBytes, upload.PNG, upload.JPEG)
	if err != nil {
		return nil, logoError(err)
	}
	f, err := store.Get(info.SHA256)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	need := min(max(checked.DecodedBytes(), info.DecodedBytes(), 1), maxLogoDecodeMem)
	if err := decoding.Acquire(ctx, need); err != nil {
		return nil, err
	}
	defer decoding.Release(need)
	img, _, err := image.Decode(f)
	if err != nil {
		return nil, apperr.Invalid(apperr.Violation{Field: "logo", Code: "LOGO_UNREADABLE"})
	}
	var out bytes.Buffer
	if err := png.Encode(&out, Square(img, LogoSize)); err != nil {
		return nil, err
	}
	sum, _, err := store.Put(&out)
	if err != nil {
		return nil, err
	}
	return &StoredLogo{SHA256: info.SHA256, ContentType: info.ContentType, SquareSHA256: sum}, nil
}

// Square is img scaled to fit inside size×size, its proportions kept, centred on a
// transparent size×size canvas.
func Square(img image.Image, size int) image.Image {
	b := img.Bounds()
	scale := math.Min(float64(size)/float64(b.Dx()), float64(size)/float64(b.Dy()))
	w := max(1, int(math.Round(float64(b.Dx())*scale)))
	h := max(1, int(math.Round(float64(b.Dy())*scale)))
	fitted := imaging.Resize(img, w, h, imaging.Lanczos)
	return imaging.PasteCenter(imaging.New(size, size, color.Transparent), fitted)
}

func logoError(err error) error {
	v := apperr.Violation{Field: "logo"}
	switch {
	case errors.Is(err, upload.ErrEmpty):
		v.Code = "FILE_EMPTY"
	case errors.Is(err, upload.ErrTooLarge):
		v.Code, v.Data = "FILE_TOO_LARGE", map[string]any{"Max": MaxLogoBytes >> 20}
	case errors.Is(err, upload.ErrTooManyPixels):
		v = logoTooLarge(0, 0)
	case errors.Is(err, upload.ErrTypeMismatch), errors.Is(err, upload.ErrUnsupportedType):
		v.Code = "LOGO_NOT_AN_IMAGE"
	default:
		return err
	}
	return apperr.Invalid(v)
}
