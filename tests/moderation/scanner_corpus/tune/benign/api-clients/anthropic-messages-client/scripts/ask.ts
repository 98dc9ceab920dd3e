import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const msg = await client.messages.create({
  model: "claude-3-5-haiku-latest",
  max_tokens: 500,
  messages: [{ role: "user", content: process.argv[2] ?? "Hello" }],
});
console.log(msg.content.map((b) => ("text" in b ? b.text : "")).join(""));
