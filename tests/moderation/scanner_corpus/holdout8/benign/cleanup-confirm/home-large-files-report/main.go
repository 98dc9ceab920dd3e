package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

type entry struct {
	path string
	size int64
	mod  time.Time
}

func main() {
	root := flag.String("root", os.Getenv("HOME"), "root")
	top := flag.Int("top", 40, "rows per section")
	out := flag.String("out", "space-report.md", "report path")
	flag.Parse()
	dirs := map[string]int64{}
	var big, installers, images []entry
	filepath.WalkDir(*root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || strings.Contains(p, "Mobile Documents") {
			return fs.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(*root, p)
		parts := strings.SplitN(rel, string(os.PathSeparator), 3)
		if len(parts) > 1 {
			dirs[filepath.Join(parts[0], parts[1])] += info.Size()
		}
		e := entry{p, info.Size(), info.ModTime()}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".dmg", ".pkg", ".iso", ".msi", ".exe":
			installers = append(installers, e)
		case ".vmdk", ".qcow2", ".vdi", ".raw":
			images = append(images, e)
		}
		if info.Size() > 500<<20 {
			big = append(big, e)
		}
		return nil
	})
	f, _ := os.Create(*out)
	defer f.Close()
	type kv struct {
		k string
		v int64
	}
	var ds []kv
	for k, v := range dirs {
		ds = append(ds, kv{k, v})
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i].v > ds[j].v })
	fmt.Fprintln(f, "# Space report\n\n## Top folders\n")
	for i, d := range ds {
		if i == *top {
			break
		}
		fmt.Fprintf(f, "- %.1f GB  %s\n", float64(d.v)/1e9, d.k)
	}
	for _, sec := range []struct {
		title string
		rows  []entry
	}{{"Files over 500 MB", big}, {"Installers", installers}, {"VM images", images}} {
		sort.Slice(sec.rows, func(i, j int) bool { return sec.rows[i].size > sec.rows[j].size })
		fmt.Fprintf(f, "\n## %s\n\n", sec.title)
		for _, e := range sec.rows {
			fmt.Fprintf(f, "- %.1f GB  %s  (modified %s)\n", float64(e.size)/1e9, e.path, e.mod.Format("2006-01-02"))
		}
	}
	fmt.Println("wrote", *out)
}
