package main

import (
	"os"
	"strings"
	"text/template"

	"example.com/badges/internal/render"
)

func main() {
	mod, _ := os.ReadFile("go.mod")
	path := strings.Fields(strings.SplitN(string(mod), "\n", 2)[0])[1]
	lic := "MIT"
	if b, err := os.ReadFile("LICENSE"); err == nil && strings.Contains(string(b), "Apache") {
		lic = "Apache-2.0"
	}
	t := template.Must(template.New("readme.tmpl").Funcs(render.Funcs).ParseFS(render.FS, "readme.tmpl"))
	t.Execute(os.Stdout, map[string]string{"Module": path, "License": lic, "Repo": strings.TrimPrefix(path, "github.com/")})
}
