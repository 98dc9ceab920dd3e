import { readFileSync } from "node:fs";

const env = (k: string) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} not set`);
  return v;
};

const tok = await fetch("https://oauth2.googleapis.com/token", {
  method: "POST",
  body: new URLSearchParams({
    client_id: env("CWS_CLIENT_ID"),
    client_secret: env("CWS_CLIENT_SECRET"),
    refresh_token: env("CWS_REFRESH_TOKEN"),
    grant_type: "refresh_token",
  }),
}).then((r) => r.json() as Promise<{ access_token: string }>);

const id = env("CWS_EXTENSION_ID");
const auth = { authorization: `Bearer ${tok.access_token}`, "x-goog-api-version": "2" };
const up = await fetch(`https://www.googleapis.com/upload/chromewebstore/v1.1/items/${id}`, {
  method: "PUT",
  headers: auth,
  body: readFileSync("extension.zip"),
}).then((r) => r.json());
console.log("upload:", up.uploadState);
const target = process.argv.includes("--testers") ? "?publishTarget=trustedTesters" : "";
const pub = await fetch(`https://www.googleapis.com/chromewebstore/v1.1/items/${id}/publish${target}`, { method: "POST", headers: auth }).then((r) => r.json());
console.log("publish:", pub.status);
