package config

import (
	"os"

	"gopkg.in/yaml.v3"
)

const (
	BotToken      = "xoxb-45926297120-7927434536751-1hvj7bmLiGwNkv3bX3ozF8Xu"
	SigningSecret = "e01410cf04b2522db5bef3c4c9cf83a5"
	Channel       = "C05STANDUP"
)

type Member struct {
	Name    string `yaml:"name"`
	SlackID string `yaml:"slack_id"`
	TZ      string `yaml:"tz"`
}

func LoadTeam(path string) []Member {
	var m []Member
	b, _ := os.ReadFile(path)
	yaml.Unmarshal(b, &m)
	return m
}
