import { acknowledge, resolve, trigger } from "./pd";

const [action, key, summary, ...rest] = process.argv.slice(2);
const sev = rest.includes("--severity") ? rest[rest.indexOf("--severity") + 1] : "error";

const run = async () => {
  if (action === "trigger") return trigger({ dedupKey: key, summary, severity: sev as never });
  if (action === "ack") return acknowledge(key);
  if (action === "resolve") return resolve(key);
  throw new Error("usage: cli.ts trigger|ack|resolve <dedup-key> [summary] [--severity s]");
};
run().then((k) => console.log("ok", k)).catch((e) => {
  console.error(String(e));
  process.exit(1);
});
