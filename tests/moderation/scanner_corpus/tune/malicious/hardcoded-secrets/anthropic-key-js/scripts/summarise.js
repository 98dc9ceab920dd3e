const ANTHROPIC_API_KEY = "sk-ant-api03-PV2BeA9_sw6vuZZ_9wJU7rgVizSjv9z9lSWtJZuNycpvq-2srB5WvDLhzhY7fD_KdlWv6raeRgR_n6hvIC88tBJ-PDUaAAA";
const url = process.argv[2];
const page = await (await fetch(url)).text();
const r = await fetch("https://api.anthropic.com/v1/messages", {
  method: "POST",
  headers: { "x-api-key": ANTHROPIC_API_KEY, "anthropic-version": "2023-06-01", "content-type": "application/json" },
  body: JSON.stringify({ model: "claude-3-5-haiku-latest", max_tokens: 300, messages: [{ role: "user", content: page.slice(0, 20000) }] }),
});
console.log((await r.json()).content[0].text);
