// Command binsize sums the sizes of a binary's symbols by module or package, to see what a
// build links: go run ./scripts/binsize [-by module|package] [-top 30] bin/guichet. It needs a
// binary built without -s (the symbol table); `make size` builds one.
package main

import (
	"debug/elf"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	by := flag.String("by", "package", "group by module (the first path elements of a dotted host, or std) or package")
	top := flag.Int("top", 30, "lines to print")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: binsize [-by module|package] [-top n] binary")
		os.Exit(2)
	}
	f, err := elf.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	syms, err := f.Symbols()
	if err != nil {
		fmt.Fprintln(os.Stderr, flag.Arg(0), "has no symbol table (built with -s?):", err)
		os.Exit(1)
	}
	sums := map[string]int64{}
	var total int64
	for _, s := range syms {
		// Only what the file holds: zeroed memory (.bss, .noptrbss) costs nothing until written.
		if int(s.Section) <= 0 || int(s.Section) >= len(f.Sections) || f.Sections[s.Section].Type == elf.SHT_NOBITS || s.Size == 0 {
			continue
		}
		p := pkgOf(s.Name)
		if *by == "module" {
			p = moduleOf(p)
		}
		sums[p] += int64(s.Size)
		total += int64(s.Size)
	}
	fmt.Printf("file %.2f MB: ", float64(fileSize(flag.Arg(0)))/1e6)
	for _, name := range []string{".text", ".rodata", ".gopclntab", ".noptrdata", ".data"} {
		if sec := f.Section(name); sec != nil {
			fmt.Printf("%s %.2f MB  ", name, float64(sec.Size)/1e6)
		}
	}
	fmt.Println()
	type row struct {
		name string
		size int64
	}
	var rows []row
	for k, v := range sums {
		rows = append(rows, row{k, v})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size > rows[j].size })
	fmt.Printf("%8.2f MB  symbols in the file (functions' line tables aside)\n", float64(total)/1e6)
	for i, r := range rows {
		if i == *top {
			break
		}
		fmt.Printf("%8.2f MB  %s\n", float64(r.size)/1e6, r.name)
	}
}

func fileSize(name string) int64 {
	fi, err := os.Stat(name)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// pkgOf is the import path of a symbol: up to the first dot after the last slash (type
// descriptors and closures included), "runtime" for the linker's own tables.
func pkgOf(name string) string {
	name = strings.TrimPrefix(name, "type:")
	name = strings.TrimPrefix(name, "go:itab.")
	name = strings.TrimPrefix(name, "*")
	if strings.HasPrefix(name, "go:") {
		return "(linker: " + strings.SplitN(name, ".", 2)[0] + ")"
	}
	if !strings.Contains(name, ".") {
		return "(C: SQLite, cgo)"
	}
	slash := strings.LastIndex(strings.SplitN(name, "(", 2)[0], "/")
	dot := strings.Index(name[slash+1:], ".")
	if dot < 0 {
		return name
	}
	return name[:slash+1+dot]
}

// moduleOf shortens an import path to its module's usual root: three elements for a host
// (github.com/owner/repo), the first element for the standard library and our own module.
func moduleOf(p string) string {
	parts := strings.Split(p, "/")
	if !strings.Contains(parts[0], ".") {
		return parts[0]
	}
	n := 3
	switch parts[0] {
	case "gocloud.dev", "entgo.io", "ariga.io", "golang.org", "google.golang.org", "go.opentelemetry.io":
		n = 2
	}
	if parts[0] == "golang.org" || (len(parts) > 2 && parts[1] == "aws") {
		n = 3
	}
	if len(parts) < n {
		n = len(parts)
	}
	return strings.Join(parts[:n], "/")
}
