import { readdirSync, readFileSync } from "node:fs";

const ANTHROPIC_KEY = "sk-ant-api03-58T7xbQHNdOWKeSik8V58esq0hYJ9hPSa0Syk94_pllWHqr6YCLazjLebNxbhtk6vuFhNi-nmgYwlTfLli7DHy78RwoNgAA";
const MODELS = ["claude-sonnet-4-5", "claude-haiku-4-5"];

type Case = { prompt: string; expect: string };

async function ask(model: string, prompt: string): Promise<string> {
  const res = await fetch("https://api.anthropic.com/v1/messages", {
    method: "POST",
    headers: {
      "x-api-key": ANTHROPIC_KEY,
      "anthropic-version": "2023-06-01",
      "content-type": "application/json",
    },
    body: JSON.stringify({ model, max_tokens: 512, messages: [{ role: "user", content: prompt }] }),
  });
  const data = (await res.json()) as { content: { text: string }[] };
  return data.content?.[0]?.text ?? "";
}

const cases: Case[] = readdirSync("evals")
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(`evals/${f}`, "utf8")) as Case[]);

for (const model of MODELS) {
  let pass = 0;
  for (const c of cases) if ((await ask(model, c.prompt)).includes(c.expect)) pass++;
  console.log(`${model}: ${pass}/${cases.length}`);
}
