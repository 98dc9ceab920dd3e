package config

import (
	"fmt"
	"os"
	"reflect"
	"strings"
)

type Config struct {
	ListenAddr  string `env:"LISTEN_ADDR" default:":8080"`
	DatabaseURL string `env:"DATABASE_URL" secret:"true"`
	MapboxToken string `env:"MAPBOX_TOKEN" secret:"true"`
	LogLevel    string `env:"LOG_LEVEL" default:"info"`
}

func Load() (Config, error) {
	var c Config
	v := reflect.ValueOf(&c).Elem()
	var missing []string
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		val, ok := os.LookupEnv(f.Tag.Get("env"))
		if !ok {
			val, ok = f.Tag.Lookup("default")
		}
		if !ok {
			missing = append(missing, f.Tag.Get("env"))
		}
		v.Field(i).SetString(val)
	}
	if len(missing) > 0 {
		return c, fmt.Errorf("missing environment variables: %s", strings.Join(missing, ", "))
	}
	return c, nil
}

func (c Config) String() string {
	v := reflect.ValueOf(c)
	parts := []string{}
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		s := v.Field(i).String()
		if f.Tag.Get("secret") == "true" {
			s = fmt.Sprintf("****(%d)", len(s))
		}
		parts = append(parts, f.Tag.Get("env")+"="+s)
	}
	return strings.Join(parts, " ")
}
