import { readFileSync } from "node:fs";
import OpenAI from "openai";

const client = new OpenAI(); // reads OPENAI_API_KEY
const prompts = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
for (const p of prompts) {
  const r = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: p }],
  });
  console.log("---\n" + r.choices[0].message.content);
}
