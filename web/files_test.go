package web_test

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"guichet/account"
	"guichet/apitest"
	"guichet/ent"
	"guichet/ent/guidetranslation"
	"guichet/ent/privacy"
	"guichet/ent/resource"
	"guichet/ent/resourcetranslation"
	"guichet/ent/space"
	"guichet/locales"
	"guichet/upload"
)

var allow = privacy.DecisionContext(context.Background(), privacy.Allow)

// resourceFile is the file of a shipped resource's translation.
func resourceFile(t *testing.T, env *apitest.Env, key string, l locales.Locale) *ent.File {
	t.Helper()
	tr, err := env.DB.Client.ResourceTranslation.Query().
		Where(resourcetranslation.HasResourceWith(resource.Key(key)), resourcetranslation.LocaleEQ(l)).
		WithFile().Only(allow)
	if err != nil || tr.Edges.File == nil {
		t.Fatalf("resource %s (%s): %v", key, l, err)
	}
	return tr.Edges.File
}

func fileURL(env *apitest.Env, sp string, f *ent.File) string {
	return env.URL + "/spaces/" + sp + "/files/" + strconv.Itoa(f.ID) + "/" + url.PathEscape(f.Filename)
}

func get(t *testing.T, u string, h http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

func wantHeaders(t *testing.T, resp *http.Response, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if got := resp.Header.Get(k); got != v {
			t.Errorf("%s: %q, want %q", k, got, v)
		}
	}
}

func TestDownloadHeadersOfAPublicPDF(t *testing.T) {
	env := apitest.New(t)
	f := resourceFile(t, env, "mandate-delegation-template", locales.FR)
	resp, body := get(t, fileURL(env, "certification", f), nil)
	if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(body, []byte("%PDF-")) || int64(len(body)) != f.Size {
		t.Fatalf("GET: %d, %d bytes", resp.StatusCode, len(body))
	}
	wantHeaders(t, resp, map[string]string{
		"Content-Type":            "application/pdf",
		"Content-Disposition":     "inline; filename=modele-delegation-mandat.pdf",
		"Content-Length":          strconv.FormatInt(f.Size, 10),
		"ETag":                    `"` + f.Sha256 + `"`,
		"Cache-Control":           "public, max-age=3600",
		"X-Content-Type-Options":  "nosniff",
		"Accept-Ranges":           "bytes",
		"Content-Security-Policy": "", // a sandbox would keep browsers from showing the PDF
	})
	if lm, err := http.ParseTime(resp.Header.Get("Last-Modified")); err != nil || lm.IsZero() {
		t.Errorf("Last-Modified %q", resp.Header.Get("Last-Modified"))
	}
}

func TestDownloadRangeRequest(t *testing.T) {
	env := apitest.New(t)
	f := resourceFile(t, env, "mandate-delegation-template", locales.EN)
	whole, err := env.Blobs.Get(f.Sha256)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := io.ReadAll(whole)
	whole.Close()

	resp, body := get(t, fileURL(env, "certification", f), http.Header{"Range": {"bytes=0-9"}})
	if resp.StatusCode != http.StatusPartialContent || len(body) != 10 || !bytes.Equal(body, all[:10]) {
		t.Fatalf("first 10 bytes: %d, %q", resp.StatusCode, body)
	}
	wantHeaders(t, resp, map[string]string{
		"Content-Range":  "bytes 0-9/" + strconv.Itoa(len(all)),
		"Content-Length": "10",
		"Content-Type":   "application/pdf",
		"ETag":           `"` + f.Sha256 + `"`,
	})
	// The end of the file, as a PDF reader asks for it first.
	resp, body = get(t, fileURL(env, "certification", f), http.Header{"Range": {"bytes=-16"}})
	if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(body, all[len(all)-16:]) {
		t.Fatalf("last 16 bytes: %d, %q", resp.StatusCode, body)
	}
	// A range past the end.
	resp, _ = get(t, fileURL(env, "certification", f), http.Header{"Range": {"bytes=999999999-"}})
	if resp.StatusCode != http.StatusRequestedRangeNotSatisfiable {
		t.Fatalf("range past the end: %d", resp.StatusCode)
	}
	// If-Range with another ETag: the whole file.
	resp, body = get(t, fileURL(env, "certification", f), http.Header{"Range": {"bytes=0-9"}, "If-Range": {`"other"`}})
	if resp.StatusCode != http.StatusOK || len(body) != len(all) {
		t.Fatalf("If-Range mismatch: %d, %d bytes", resp.StatusCode, len(body))
	}
}

func TestDownloadNotModified(t *testing.T) {
	env := apitest.New(t)
	f := resourceFile(t, env, "mandate-delegation-template", locales.FR)
	first, _ := get(t, fileURL(env, "certification", f), nil)
	etag := first.Header.Get("ETag")
	resp, body := get(t, fileURL(env, "certification", f), http.Header{"If-None-Match": {etag}})
	if resp.StatusCode != http.StatusNotModified || len(body) != 0 || resp.Header.Get("ETag") != etag {
		t.Fatalf("If-None-Match %s: %d, %d bytes, ETag %q", etag, resp.StatusCode, len(body), resp.Header.Get("ETag"))
	}
	resp, _ = get(t, fileURL(env, "certification", f), http.Header{"If-Modified-Since": {first.Header.Get("Last-Modified")}})
	if resp.StatusCode != http.StatusNotModified {
		t.Fatalf("If-Modified-Since: %d", resp.StatusCode)
	}
	resp, _ = get(t, fileURL(env, "certification", f), http.Header{"If-None-Match": {`"another-version"`}})
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("another ETag: %d", resp.StatusCode)
	}
}

// A file one restricted item also uses is cached privately, even for an anonymous viewer who
// reaches it through a public item: a shared cache must not decide who gets it.
func TestDownloadOfAFileRestrictedContentAlsoUsesIsCachedPrivately(t *testing.T) {
	env := apitest.New(t)
	f := resourceFile(t, env, "mandate-delegation-template", locales.FR)
	restricted, err := env.DB.Client.GuideTranslation.Query().
		Where(guidetranslation.Slug("valider-les-comptes-des-deposants")).Only(allow)
	if err != nil {
		t.Fatal(err)
	}
	if err := env.DB.Client.GuideTranslation.UpdateOne(restricted).AddAttachmentIDs(f.ID).Exec(allow); err != nil {
		t.Fatal(err)
	}
	resp, _ := get(t, fileURL(env, "certification", f), nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET: %d", resp.StatusCode)
	}
	wantHeaders(t, resp, map[string]string{"Cache-Control": "private, max-age=300"})
}

func TestFacilitatorOnlyFileDownloadsOnlyForFacilitators(t *testing.T) {
	env := apitest.New(t)
	f := resourceFile(t, env, "workshop-report-sheet", locales.EN)
	u := fileURL(env, "facilitators", f)
	resp, body := get(t, u, nil)
	if resp.StatusCode != http.StatusNotFound || bytes.Contains(body, []byte("%PDF")) {
		t.Fatalf("anonymous: %d", resp.StatusCode)
	}
	wantHeaders(t, resp, map[string]string{"Cache-Control": "no-store", "Content-Disposition": "", "ETag": ""})
	// Asking for a part of it, or with its ETag, changes nothing.
	for _, h := range []http.Header{{"Range": {"bytes=0-9"}}, {"If-None-Match": {`"` + f.Sha256 + `"`}}} {
		if resp, _ := get(t, u, h); resp.StatusCode != http.StatusNotFound {
			t.Fatalf("anonymous with %v: %d", h, resp.StatusCode)
		}
	}
	// Nor from another space.
	if resp, _ := get(t, fileURL(env, "certification", f), nil); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("from another space: %d", resp.StatusCode)
	}

	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug("facilitators")).OnlyX(ctx)
	const pw = "Bilan-Atelier-2024!"
	if _, err := env.Accounts.Create(ctx, sp, account.CreateInput{Email: "camille@example.org", Password: pw,
		FirstName: "Camille", LastName: "Durand", Roles: []string{"facilitator"}}); err != nil {
		t.Fatal(err)
	}
	s, err := env.Accounts.Login(ctx, sp, "camille@example.org", pw, "10.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	resp, body = get(t, u, http.Header{"Authorization": {"Bearer " + s.Token}})
	if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(body, []byte("%PDF-")) {
		t.Fatalf("facilitator: %d", resp.StatusCode)
	}
	wantHeaders(t, resp, map[string]string{
		"Cache-Control":       "private, max-age=300",
		"Content-Disposition": "inline; filename=workshop-report-sheet-en.pdf",
	})
}

// attach stores data as an upload would and attaches it, under name, to a public guide.
func attach(t *testing.T, env *apitest.Env, data []byte, declared, name string) *ent.File {
	t.Helper()
	info, err := upload.Store(context.Background(), env.Blobs, bytes.NewReader(data), declared, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := env.DB.Client.GuideTranslation.Query().
		Where(guidetranslation.Slug("pieces-a-joindre-a-votre-demande")).WithGuide().Only(allow)
	if err != nil {
		t.Fatal(err)
	}
	f, err := env.DB.Client.File.Create().SetSpaceID(tr.Edges.Guide.SpaceID).SetSha256(info.SHA256).
		SetFilename(upload.SafeFilename(name)).SetContentType(info.ContentType).SetSize(info.Size).
		SetNillableWidth(info.Width).SetNillableHeight(info.Height).
		AddGuideTranslations(tr).Save(allow)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestDownloadDispositionAndSandbox(t *testing.T) {
	env := apitest.New(t)
	text := attach(t, env, []byte("Bilan de l'atelier : 12 participants, très bien.\n"), "text/plain", "bilan d'atelier — été.txt")
	var img bytes.Buffer
	png.Encode(&img, image.NewGray(image.Rect(0, 0, 4, 3)))
	pic := attach(t, env, img.Bytes(), "image/png", "capture d'écran.png")
	if pic.Width == nil || *pic.Width != 4 || *pic.Height != 3 {
		t.Fatalf("image size %v×%v", pic.Width, pic.Height)
	}

	resp, body := get(t, fileURL(env, "certification", text), nil)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(string(body), "Bilan") {
		t.Fatalf("text: %d %q", resp.StatusCode, body)
	}
	wantHeaders(t, resp, map[string]string{
		"Content-Type":            "text/plain; charset=utf-8",
		"Content-Disposition":     "attachment; filename*=utf-8''bilan%20d%27atelier%20%E2%80%94%20%C3%A9t%C3%A9.txt",
		"Content-Security-Policy": "default-src 'none'; sandbox",
		"Cache-Control":           "public, max-age=3600",
		"X-Content-Type-Options":  "nosniff",
	})

	resp, body = get(t, fileURL(env, "certification", pic), nil)
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, img.Bytes()) {
		t.Fatalf("image: %d", resp.StatusCode)
	}
	wantHeaders(t, resp, map[string]string{
		"Content-Type":            "image/png",
		"Content-Disposition":     "inline; filename*=utf-8''capture%20d%27%C3%A9cran.png",
		"Content-Security-Policy": "",
	})
}
