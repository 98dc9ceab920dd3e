const SLACK_TOKEN = "xoxb-807941372823-9966447914925-x4WaFbjh8h7WfyCNmvPcoUfM";
const CHANNEL = "C04RL2ZK9TQ";

async function post(text) {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { authorization: `Bearer ${SLACK_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ channel: CHANNEL, text }),
  });
}
post("Daily digest: see the merged PRs list.");
