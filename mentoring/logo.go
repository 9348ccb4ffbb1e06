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

	"guichet/apperr"
	"guichet/blob"
	"guichet/upload"
)

// Logo limits: what the e-mentoring platform shows.
const (
	MaxLogoBytes = 2 << 20
	LogoSize     = 300
)

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

// storeLogo checks a logo by its bytes (PNG or JPEG, at most 2 MB), stores it, and stores its
// square version: the whole image fitted inside LogoSize×LogoSize without distortion,
// centred on a transparent background.
func storeLogo(ctx context.Context, store blob.Store, u *Upload) (*StoredLogo, error) {
	info, err := upload.Store(ctx, store, u.File, u.ContentType, MaxLogoBytes, upload.PNG, upload.JPEG)
	if err != nil {
		return nil, logoError(err)
	}
	f, err := store.Get(info.SHA256)
	if err != nil {
		return nil, err
	}
	defer f.Close()
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
		v.Code = "FILE_TOO_MANY_PIXELS"
	case errors.Is(err, upload.ErrTypeMismatch), errors.Is(err, upload.ErrUnsupportedType):
		v.Code = "LOGO_NOT_AN_IMAGE"
	default:
		return err
	}
	return apperr.Invalid(v)
}
