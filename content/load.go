package content

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"path"
	"strings"

	"guichet/locales"
	"guichet/slug"
)

// Load reads and validates the spaces/ folder at the root of fsys. It reports every problem
// it finds, as Errors, not only the first: a batch with an error imports nothing, and the
// editor should fix it in one pass.
func Load(fsys fs.FS) (*Bundle, error) {
	l := &loader{fsys: fsys}
	dirs, err := fs.ReadDir(fsys, "spaces")
	if err != nil {
		l.errs.add("spaces", 1, "cannot read the spaces folder: %v", err)
		return nil, l.errs.err()
	}
	b := &Bundle{fsys: fsys}
	for _, d := range dirs {
		name := d.Name()
		switch {
		case hidden(name):
		case !d.IsDir():
			l.errs.add("spaces/"+name, 1, "not a space folder")
		case !slug.Valid(name):
			l.errs.add("spaces/"+name, 1, "a space folder is named like a slug (lowercase letters, digits and hyphens)")
		default:
			b.Spaces = append(b.Spaces, l.space(name))
		}
	}
	if err := l.errs.err(); err != nil {
		return nil, err
	}
	return b, nil
}

// loader collects the errors of one Load.
type loader struct {
	fsys   fs.FS
	errs   Errors
	render bool // whether body renders the Markdown, or only checks it would render
}

func (l *loader) space(name string) *Space {
	dir := "spaces/" + name
	s := &Space{Slug: name}
	l.checkSpaceEntries(dir)
	l.spaceConfig(dir+"/space.yaml", s)
	cats := l.categories(dir+"/categories.yaml", s)
	files := l.files(dir)
	refs := &references{space: dir, files: files, used: map[string]*File{}, errs: &l.errs}
	s.Guides = l.guides(dir, cats, refs)
	s.FAQs = l.faqs(dir, cats)
	s.Resources = l.resources(dir, cats, refs)
	s.News = l.news(dir)
	s.Files = refs.used
	l.groups(dir+"/groups.yaml", s)
	l.checkGuideSlugs(s)
	return s
}

var spaceEntries = map[string]bool{
	"space.yaml": true, "categories.yaml": true, "groups.yaml": true,
	"guides": true, "faqs": true, "resources": true, "files": true, "news": true,
}

// checkSpaceEntries reports what a space folder should not hold, which is most often a typo
// ("guide/" for "guides/") that would otherwise silently import nothing.
func (l *loader) checkSpaceEntries(dir string) {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		l.errs.add(dir, 1, "cannot read: %v", err)
		return
	}
	for _, e := range entries {
		if !hidden(e.Name()) && !spaceEntries[e.Name()] {
			l.errs.add(dir+"/"+e.Name(), 1,
				"unexpected in a space folder (space.yaml, categories.yaml, groups.yaml, guides/, faqs/, resources/, news/, files/)")
		}
	}
}

// files reads every file under the space's files/ folder, by its path inside the space.
func (l *loader) files(dir string) map[string]*File {
	files := map[string]*File{}
	root := dir + "/files"
	if _, err := fs.Stat(l.fsys, root); err != nil {
		return files
	}
	err := fs.WalkDir(l.fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if hidden(d.Name()) && p != root {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		rel := strings.TrimPrefix(p, dir+"/")
		f, err := readFile(l.fsys, p, rel)
		if err != nil {
			return err
		}
		files[rel] = f
		return nil
	})
	if err != nil {
		l.errs.add(root, 1, "cannot read: %v", err)
	}
	return files
}

// readFile hashes the file at p (rel inside its space) as it streams by: its bytes are read
// again when it is stored, not kept.
func readFile(fsys fs.FS, p, rel string) (*File, error) {
	r, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	head := make([]byte, 512) // what content sniffing looks at
	n, err := io.ReadFull(r, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, err
	}
	head = head[:n]
	h := sha256.New()
	h.Write(head)
	rest, err := io.Copy(h, r)
	if err != nil {
		return nil, err
	}
	return &File{
		Path:        rel,
		Name:        path.Base(rel),
		Size:        int64(n) + rest,
		SHA256:      hex.EncodeToString(h.Sum(nil)),
		ContentType: contentType(rel, head),
	}, nil
}

// references resolves the files a space's guides and resources name, and remembers the ones
// used: only those are imported.
type references struct {
	space string
	files map[string]*File
	used  map[string]*File
	errs  *Errors
}

// resolve returns the file at p (a path inside the space), or nil after reporting why not.
func (r *references) resolve(file string, line int, what, p string) *File {
	// A clean path under files/ cannot climb out of it ("files/../space.yaml" is not clean).
	if !strings.HasPrefix(p, "files/") || path.Clean(p) != p {
		r.errs.add(file, line, "%s %q must be a path under files/, such as files/modele.pdf", what, p)
		return nil
	}
	f, ok := r.files[p]
	if !ok {
		r.errs.add(file, line, "%s %q not found in %s/files/", what, p, r.space)
		return nil
	}
	r.used[p] = f
	return f
}

// sourceHash is the hash of a translation's file and of the files it refers to, so that a
// changed attachment republishes the translation even when its Markdown did not change.
func sourceHash(data []byte, refs ...*File) string {
	h := sha256.New()
	h.Write(data)
	for _, f := range refs {
		if f != nil {
			h.Write([]byte("\x00" + f.Path + "\x00" + f.SHA256))
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// hidden names what editors' tools leave behind (.DS_Store, .gitkeep, swap files).
func hidden(name string) bool { return strings.HasPrefix(name, ".") }

// localeOf reads the locale part of a file name: only the two lowercase tags are accepted,
// so that "a.FR.md" or "a.fr-ca.md" is caught rather than guessed.
func localeOf(tag string) (locales.Locale, bool) {
	switch tag {
	case "fr":
		return locales.FR, true
	case "en":
		return locales.EN, true
	}
	return "", false
}
