package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// goFiles parses the non-test Go files of the module (generated ent code aside), by package
// directory.
func goFiles(t *testing.T) map[string][]*ast.File {
	t.Helper()
	fset := token.NewFileSet()
	pkgs := map[string][]*ast.File{}
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "node_modules", "testdata", ".git", "ui", "data":
				return filepath.SkipDir
			}
			if p == "ent" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(p))
		pkgs[dir] = append(pkgs[dir], f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

func importsOf(files []*ast.File) []string {
	var out []string
	for _, f := range files {
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// TestLayout keeps the arrows between packages that must never exist (README, "Where things
// live"): web is HTTP only, domains know nothing of HTTP or GraphQL, identity knows nothing of
// the communities built on it.
func TestLayout(t *testing.T) {
	pkgs := goFiles(t)
	forbidden := []struct {
		pkg   string
		deny  func(string) bool
		arrow string
	}{
		{"web", func(p string) bool { return p == "guichet/ent" || strings.HasPrefix(p, "guichet/ent/") }, "web → ent"},
	}
	for _, domain := range []string{"help", "community", "mentoring", "registry", "content", "account"} {
		forbidden = append(forbidden, struct {
			pkg   string
			deny  func(string) bool
			arrow string
		}{domain, func(p string) bool {
			return p == "guichet/web" || p == "guichet/graph" || strings.HasPrefix(p, "guichet/web/") || strings.HasPrefix(p, "guichet/graph/") || p == "guichet/app"
		}, domain + " → web/graph/app"})
	}
	forbidden = append(forbidden, struct {
		pkg   string
		deny  func(string) bool
		arrow string
	}{"account", func(p string) bool {
		return p == "guichet/community" || p == "guichet/mentoring" || p == "guichet/registry"
	}, "account → community/mentoring/registry"})

	for _, f := range forbidden {
		files, ok := pkgs[f.pkg]
		if !ok {
			t.Fatalf("package %s not found", f.pkg)
		}
		for _, imp := range importsOf(files) {
			if f.deny(imp) {
				t.Errorf("%s imports %s (%s must never exist)", f.pkg, imp, f.arrow)
			}
		}
	}
}

// TestOnlyAppConstructsServices: the services and workers are built in one place, app, so
// that the hooks between domains are declared where a reader looks for them (tests and their
// support packages aside: apitest's server, domaintest's world).
func TestOnlyAppConstructsServices(t *testing.T) {
	services := map[string][]string{
		"guichet/account":   {"Service"},
		"guichet/community": {"Service"},
		"guichet/mentoring": {"Service"},
		"guichet/registry":  {"Service"},
		"guichet/help":      {"Service", "Editing"},
		"guichet/webhook":   {"Worker"},
		"guichet/mail":      {"Worker"},
	}
	for dir, files := range goFiles(t) {
		if dir == "app" || dir == "apitest" || dir == "domaintest" {
			continue
		}
		for _, f := range files {
			names := map[string]string{} // local name → import path
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				name := p[strings.LastIndex(p, "/")+1:]
				if imp.Name != nil {
					name = imp.Name.Name
				}
				names[name] = p
			}
			ast.Inspect(f, func(n ast.Node) bool {
				lit, ok := n.(*ast.CompositeLit)
				if !ok {
					return true
				}
				sel, ok := lit.Type.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				x, ok := sel.X.(*ast.Ident)
				if !ok {
					return true
				}
				if slices.Contains(services[names[x.Name]], sel.Sel.Name) {
					t.Errorf("%s builds %s.%s: only app constructs services", dir, x.Name, sel.Sel.Name)
				}
				return true
			})
		}
	}
}
