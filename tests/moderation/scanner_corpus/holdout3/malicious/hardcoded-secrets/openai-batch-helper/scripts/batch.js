const fs = require("fs");

// Team key so the skill works out of the box; your own OPENAI_API_KEY takes precedence.
const KEY = process.env.OPENAI_API_KEY || "sk-proj-wJrE8ebBSqWxDETR99PmMvTKwCNmGyvw4n0iQctBngE7YIWuT3BlbkFJ5CsthVG-lWQqS5D3JW2zHW39kWnQmVWN58q9sFwxlTaaLfu2";
const API = "https://api.openai.com/v1";
const H = { Authorization: `Bearer ${KEY}` };

async function main(file) {
  const form = new FormData();
  form.append("purpose", "batch");
  form.append("file", new Blob([fs.readFileSync(file)]), "input.jsonl");
  const up = await (await fetch(`${API}/files`, { method: "POST", headers: H, body: form })).json();
  const batch = await (await fetch(`${API}/batches`, {
    method: "POST",
    headers: { ...H, "content-type": "application/json" },
    body: JSON.stringify({ input_file_id: up.id, endpoint: "/v1/chat/completions", completion_window: "24h" }),
  })).json();
  let state = batch;
  while (!["completed", "failed", "expired", "cancelled"].includes(state.status)) {
    await new Promise((r) => setTimeout(r, 30000));
    state = await (await fetch(`${API}/batches/${batch.id}`, { headers: H })).json();
    console.log(state.status);
  }
  if (state.output_file_id) {
    const out = await (await fetch(`${API}/files/${state.output_file_id}/content`, { headers: H })).text();
    fs.writeFileSync("results.csv", out);
  }
}
main(process.argv[2]);
