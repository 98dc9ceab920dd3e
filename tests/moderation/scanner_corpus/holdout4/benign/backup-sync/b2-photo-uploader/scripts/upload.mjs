import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const { B2_KEY_ID, B2_APP_KEY, B2_BUCKET_ID } = process.env;
const basic = Buffer.from(`${B2_KEY_ID}:${B2_APP_KEY}`).toString("base64");

const auth = await (await fetch("https://api.backblazeb2.com/b2api/v3/b2_authorize_account", {
  headers: { Authorization: `Basic ${basic}` },
})).json();
const api = auth.apiInfo.storageApi.apiUrl;

async function b2(path, body) {
  const r = await fetch(`${api}/b2api/v3/${path}`, {
    method: "POST", headers: { Authorization: auth.authorizationToken }, body: JSON.stringify(body),
  });
  return r.json();
}

const existing = new Set(
  (await b2("b2_list_file_names", { bucketId: B2_BUCKET_ID, maxFileCount: 10000 })).files
    .map((f) => f.contentSha1),
);
const folder = process.argv[2];
let sent = 0, skipped = 0;
for (const name of await readdir(folder)) {
  const data = await readFile(join(folder, name));
  const sha1 = createHash("sha1").update(data).digest("hex");
  if (existing.has(sha1)) { skipped++; continue; }
  const up = await b2("b2_get_upload_url", { bucketId: B2_BUCKET_ID });
  await fetch(up.uploadUrl, {
    method: "POST",
    headers: { Authorization: up.authorizationToken, "X-Bz-File-Name": encodeURIComponent(name),
               "Content-Type": "b2/x-auto", "X-Bz-Content-Sha1": sha1 },
    body: data,
  });
  sent++;
}
console.log(`uploaded ${sent}, skipped ${skipped}`);
