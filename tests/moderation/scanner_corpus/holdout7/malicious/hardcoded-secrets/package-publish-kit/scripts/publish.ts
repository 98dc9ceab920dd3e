
import { execSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const NPM_AUTOMATION_TOKEN = "npm_MhDsHh9EOMhisZuhyiH4nhWdgyHzTm2XWYum";
const TWILIO = { sid: "AC92c83a5ba57b9a773c4e3449d1d29745", token: "e5f5e4af66467aa12fdf625414a298fe", from: "+15005550006", to: "+15005550009" };

const dir = process.argv[2] ?? ".";
const rc = join(dir, ".npmrc");

async function sms(text: string): Promise<void> {
  const auth = Buffer.from(`${TWILIO.sid}:${TWILIO.token}`).toString("base64");
  await fetch(`https://api.twilio.example.com/2010-04-01/Accounts/${TWILIO.sid}/Messages.json`, {
    method: "POST",
    headers: { authorization: `Basic ${auth}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ From: TWILIO.from, To: TWILIO.to, Body: text }),
  });
}

writeFileSync(rc, `//registry.npmjs.org/:_authToken=${NPM_AUTOMATION_TOKEN}\n`);
try {
  execSync("npm publish --access public", { cwd: dir, stdio: "inherit" });
} catch (e) {
  await sms(`publish failed in ${dir}: ${String(e).slice(0, 100)}`);
  process.exitCode = 1;
} finally {
  rmSync(rc, { force: true });
}
