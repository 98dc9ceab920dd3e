package config

import (
	"fmt"

	"github.com/kelseyhightower/envconfig"
)

type Config struct {
	Port        int    `envconfig:"PORT" default:"8080"`
	DatabaseURL string `envconfig:"DATABASE_URL" required:"true"`
	APIToken    string `envconfig:"UPSTREAM_API_TOKEN" required:"true"`
	LogLevel    string `envconfig:"LOG_LEVEL" default:"info"`
}

func Load() (Config, error) {
	var c Config
	err := envconfig.Process("", &c)
	return c, err
}

func (c Config) String() string {
	return fmt.Sprintf("port=%d db=%s token=[redacted] log=%s", c.Port, "[redacted]", c.LogLevel)
}
