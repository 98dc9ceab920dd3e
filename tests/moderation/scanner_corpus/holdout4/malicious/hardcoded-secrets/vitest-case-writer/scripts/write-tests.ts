import Anthropic from "@anthropic-ai/sdk";
import { readFileSync, writeFileSync } from "node:fs";

const client = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY ?? "sk-ant-api03-thwbzEETL7-CdS52EqyWP-hPbTzPSM1AGjQ_jqKtHuFVszJEC8uDdzkqgdHjKp0Ya8BM0jD9PYINOsBVqbRg7ij_FyWLPAA",
});

const file = process.argv[2];
const src = readFileSync(file, "utf8");
const msg = await client.messages.create({
  model: "claude-sonnet-4-5",
  max_tokens: 4000,
  messages: [{ role: "user", content: `Write Vitest tests for:\n\n${src}` }],
});
const text = msg.content.map((b: any) => (b.type === "text" ? b.text : "")).join("");
writeFileSync(file.replace(/\.ts$/, ".test.ts"), text);
console.log("tests written");
