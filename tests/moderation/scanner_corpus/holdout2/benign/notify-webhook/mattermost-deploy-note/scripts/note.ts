const hook = process.env.MATTERMOST_HOOK;
if (!hook) throw new Error("Set MATTERMOST_HOOK to your incoming webhook URL");
const text = process.argv.slice(2).join(" ");
const res = await fetch(hook, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ text: `:rocket: ${text}` }),
});
console.log(res.ok ? "posted" : `failed: ${res.status}`);
