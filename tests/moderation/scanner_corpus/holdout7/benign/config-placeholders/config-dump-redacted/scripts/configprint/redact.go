package configprint

import (
	"fmt"
	"io"
	"reflect"
)

type Config struct {
	ListenAddr  string `env:"LISTEN_ADDR"`
	DatabaseURL string `env:"DATABASE_URL" secret:"true"`
	APIToken    string `env:"API_TOKEN" secret:"true"`
	LogLevel    string `env:"LOG_LEVEL"`
	Workers     int    `env:"WORKERS"`
}

// Print writes every field; secret ones are replaced by their length.
func Print(w io.Writer, c Config) {
	v := reflect.ValueOf(c)
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		val := fmt.Sprint(v.Field(i).Interface())
		if f.Tag.Get("secret") == "true" {
			if val == "" {
				val = "[unset]"
			} else {
				val = fmt.Sprintf("[redacted, %d chars]", len(val))
			}
		}
		fmt.Fprintf(w, "%-14s %-14s %s\n", f.Name, f.Tag.Get("env"), val)
	}
}
