package main

import (
	"flag"
	"fmt"
	"time"

	"example.com/standup/internal/config"
	"github.com/slack-go/slack"
)

var questions = []string{"What did you finish yesterday?", "What are you working on today?", "Anything blocking you?"}

func main() {
	now := flag.Bool("now", false, "")
	channel := flag.String("channel", config.Channel, "")
	flag.Parse()
	api := slack.New(config.BotToken)
	team := config.LoadTeam("team.yaml")
	round := func() {
		for _, m := range team {
			for _, q := range questions {
				api.PostMessage(m.SlackID, slack.MsgOptionText(q, false))
			}
		}
		api.PostMessage(*channel, slack.MsgOptionText(fmt.Sprintf("Standup %s started", time.Now().Format("Mon 2 Jan")), false))
	}
	if *now {
		round()
		return
	}
	for range time.Tick(time.Hour) {
		if time.Now().Hour() == 9 {
			round()
		}
	}
}
