package mentoring

import (
	"image"
	"image/color"
	"testing"

	"guichet/ent"
	"guichet/locales"
)

// A logo of any shape becomes a size×size image holding all of it, proportions kept.
func TestSquare(t *testing.T) {
	for _, tc := range []struct {
		w, h         int
		inside       image.Point // opaque
		outside      *image.Point
		wantW, wantH int
	}{
		{600, 200, image.Pt(150, 150), &image.Point{150, 20}, 300, 100}, // wide: bands above and below
		{100, 400, image.Pt(150, 150), &image.Point{20, 150}, 75, 300},  // tall: bands left and right
		{50, 50, image.Pt(150, 150), nil, 300, 300},                     // small: enlarged to fill
		{1200, 1200, image.Pt(5, 5), nil, 300, 300},                     // large square: just scaled
	} {
		src := image.NewNRGBA(image.Rect(0, 0, tc.w, tc.h))
		for x := range tc.w {
			for y := range tc.h {
				src.Set(x, y, color.NRGBA{R: 200, A: 255})
			}
		}
		out := Square(src, 300)
		if b := out.Bounds(); b.Dx() != 300 || b.Dy() != 300 {
			t.Fatalf("%d×%d: got %v", tc.w, tc.h, b)
		}
		if _, _, _, a := out.At(tc.inside.X, tc.inside.Y).RGBA(); a == 0 {
			t.Errorf("%d×%d: the image is not at %v", tc.w, tc.h, tc.inside)
		}
		if tc.outside != nil {
			if _, _, _, a := out.At(tc.outside.X, tc.outside.Y).RGBA(); a != 0 {
				t.Errorf("%d×%d: %v is not transparent padding", tc.w, tc.h, *tc.outside)
			}
		}
		opaque := 0
		for x := range 300 {
			if _, _, _, a := out.At(x, 150).RGBA(); a != 0 {
				opaque++
			}
		}
		if opaque < tc.wantW-1 || opaque > tc.wantW+1 {
			t.Errorf("%d×%d: %d opaque pixels across, want %d (distorted?)", tc.w, tc.h, opaque, tc.wantW)
		}
	}
}

func TestNormalizePhone(t *testing.T) {
	for _, tc := range []struct{ in, region, want string }{
		{"5145555555", "CA", "+15145555555"},
		{"(514) 555-5555", "CA", "+15145555555"},
		{"+33 1 42 68 53 00", "CA", "+33142685300"},
		{"01 42 68 53 00", "FR", "+33142685300"},
		{"12", "CA", ""},
		{"not a phone", "CA", ""},
		{"555-5555", "CA", ""}, // no area code
	} {
		got, ok := NormalizePhone(tc.in, tc.region)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("NormalizePhone(%q, %s) = %q, %v; want %q", tc.in, tc.region, got, ok, tc.want)
		}
	}
}

func TestTitle(t *testing.T) {
	both := &ent.Program{TitleFr: "Génies en herbe", TitleEn: "Budding Geniuses"}
	onlyEn := &ent.Program{TitleEn: "Science Mentors"}
	onlyFr := &ent.Program{TitleFr: "Mentorat"}
	for _, tc := range []struct {
		p    *ent.Program
		l    locales.Locale
		want string
	}{
		{both, locales.FR, "Génies en herbe"}, {both, locales.EN, "Budding Geniuses"},
		{onlyEn, locales.FR, "Science Mentors"}, {onlyFr, locales.EN, "Mentorat"},
	} {
		if got := Title(tc.p, tc.l); got != tc.want {
			t.Errorf("Title(%+v, %s) = %q, want %q", tc.p, tc.l, got, tc.want)
		}
	}
}
