package config

import (
	"errors"
	"strings"

	"github.com/spf13/viper"
)

const placeholder = "CHANGE_ME"

func Load() (*viper.Viper, error) {
	v := viper.New()
	v.SetDefault("env", "dev")
	v.SetDefault("http.addr", ":8080")
	v.SetConfigName("config")
	v.AddConfigPath(".")
	v.SetEnvPrefix("APP")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	if err := v.ReadInConfig(); err != nil {
		var nf viper.ConfigFileNotFoundError
		if !errors.As(err, &nf) {
			return nil, err
		}
	}
	return v, Validate(v)
}

func Validate(v *viper.Viper) error {
	if v.GetString("env") == "dev" {
		return nil
	}
	for _, k := range []string{"db.password", "mail.api_key"} {
		if s := v.GetString(k); s == "" || s == placeholder {
			return errors.New(k + " is not set (still a placeholder)")
		}
	}
	return nil
}
