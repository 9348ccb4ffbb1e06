package mentoring

import (
	"bytes"
	"context"
	"image/png"
	"testing"

	"guichet/upload/uploadtest"
)

// UniformPNG writes what png decodes, at the size and depth it says.
func TestUniformPNG(t *testing.T) {
	for _, sixteen := range []bool{false, true} {
		b := uploadtest.UniformPNG(40, 30, sixteen)
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if img.Bounds().Dx() != 40 || img.Bounds().Dy() != 30 {
			t.Fatalf("size %v", img.Bounds())
		}
	}
}

// A logo's dimensions and bit depth are judged from its header: accepted just under each
// limit, refused just over, without decoding.
func TestCheckLogoLimits(t *testing.T) {
	for _, tc := range []struct {
		name    string
		w, h    int
		sixteen bool
		ok      bool
	}{
		{"a 300×300 logo", 300, 300, false, true},
		{"the widest side", MaxLogoSide, 100, false, true},
		{"a side too wide", MaxLogoSide + 1, 100, false, false},
		{"a side too tall", 100, MaxLogoSide + 1, false, false},
		{"16 megapixels at 8 bits", 4000, 4000, false, true},
		{"over 16 megapixels at 8 bits", 4000, 4001, false, false},
		{"8 megapixels at 16 bits", 2000, 4000, true, true},
		{"over 8 megapixels at 16 bits", 2001, 4000, true, false},
		{"the review's 7000×7000 at 16 bits", 7000, 7000, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := &Upload{File: bytes.NewReader(uploadtest.UniformPNG(tc.w, tc.h, tc.sixteen)), ContentType: "image/png"}
			info, vs, err := checkLogo(context.Background(), u)
			if err != nil {
				t.Fatal(err)
			}
			if ok := len(vs) == 0; ok != tc.ok {
				t.Fatalf("accepted = %v, want %v (%v)", ok, tc.ok, vs)
			}
			if !tc.ok && (vs[0].Field != "logo" || vs[0].Code != "LOGO_TOO_MANY_PIXELS" || vs[0].Data["Width"] != tc.w) {
				t.Fatalf("violation %+v", vs[0])
			}
			if tc.ok && *info.Width != tc.w {
				t.Fatalf("info %+v", info)
			}
		})
	}
}
