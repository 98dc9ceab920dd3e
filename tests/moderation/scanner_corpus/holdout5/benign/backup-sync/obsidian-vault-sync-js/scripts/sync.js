const fs = require("fs");
const path = require("path");
const crypto = require("crypto");

const { NC_URL, NC_USER, NC_APP_PASSWORD } = process.env;
const vault = process.argv[2];
if (!NC_URL || !NC_USER || !NC_APP_PASSWORD || !vault) {
  console.error("usage: NC_URL=... NC_USER=... NC_APP_PASSWORD=... node sync.js VAULT");
  process.exit(2);
}
const auth = "Basic " + Buffer.from(`${NC_USER}:${NC_APP_PASSWORD}`).toString("base64");
const stateFile = path.join(vault, ".obsidian", "sync-state.json");
const state = fs.existsSync(stateFile) ? JSON.parse(fs.readFileSync(stateFile, "utf8")) : {};

function* notes(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* notes(full);
    else yield full;
  }
}

(async () => {
  let sent = 0;
  for (const file of notes(vault)) {
    const rel = path.relative(vault, file).split(path.sep).join("/");
    const data = fs.readFileSync(file);
    const hash = crypto.createHash("sha1").update(data).digest("hex");
    if (state[rel] === hash) continue;
    const url = `${NC_URL}/remote.php/dav/files/${encodeURIComponent(NC_USER)}/Vault/${rel}`;
    const res = await fetch(url, { method: "PUT", headers: { Authorization: auth }, body: data });
    if (!res.ok && res.status !== 201 && res.status !== 204) throw new Error(`${rel}: ${res.status}`);
    state[rel] = hash;
    sent++;
  }
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 1));
  console.log(`${sent} note(s) uploaded`);
})();
