package main

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"gopkg.in/yaml.v3"
)

type Manifest struct {
	Services       map[string][]string `yaml:"services"`
	Skip           []string            `yaml:"skip"`
	SecretPatterns []string            `yaml:"secret_patterns"`
}

func matches(name string, pats []string) bool {
	for _, p := range pats {
		if ok, _ := filepath.Match(p, filepath.Base(name)); ok {
			return true
		}
	}
	return false
}

func main() {
	mf := flag.String("manifest", "snapshot.yaml", "manifest")
	out := flag.String("out", ".", "output folder")
	secrets := flag.Bool("include-secrets", false, "also archive files matching secret_patterns")
	flag.Parse()
	var m Manifest
	raw, err := os.ReadFile(*mf)
	if err != nil {
		panic(err)
	}
	yaml.Unmarshal(raw, &m)
	os.MkdirAll(*out, 0o750)
	name := filepath.Join(*out, "config-"+time.Now().Format("20060102-150405")+".tar.gz")
	f, _ := os.Create(name)
	h := sha256.New()
	gz := gzip.NewWriter(io.MultiWriter(f, h))
	tw := tar.NewWriter(gz)
	for svc, paths := range m.Services {
		for _, root := range paths {
			filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || matches(p, m.Skip) {
					return nil
				}
				if !*secrets && matches(p, m.SecretPatterns) {
					fmt.Println("skipped (secret-like):", p)
					return nil
				}
				info, _ := d.Info()
				hdr, _ := tar.FileInfoHeader(info, "")
				hdr.Name = svc + p
				tw.WriteHeader(hdr)
				src, _ := os.Open(p)
				io.Copy(tw, src)
				src.Close()
				return nil
			})
		}
	}
	tw.Close()
	gz.Close()
	f.Close()
	os.WriteFile(name+".sha256", []byte(fmt.Sprintf("%x  %s\n", h.Sum(nil), filepath.Base(name))), 0o640)
	fmt.Println("wrote", name)
}
