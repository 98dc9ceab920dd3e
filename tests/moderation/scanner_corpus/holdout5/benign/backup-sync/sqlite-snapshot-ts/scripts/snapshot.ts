import Database from "better-sqlite3";
import { mkdirSync, readdirSync, unlinkSync } from "node:fs";
import { basename, join } from "node:path";

const source = process.argv[2] ?? "data/app.db";
const dir = "backups";
const keep = 10;

mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = join(dir, `${basename(source, ".db")}-${stamp}.db`);

const db = new Database(source, { readonly: true });
await db.backup(target);
db.close();
console.log("snapshot:", target);

const old = readdirSync(dir).filter((f) => f.endsWith(".db")).sort().slice(0, -keep);
for (const f of old) {
  unlinkSync(join(dir, f));
  console.log("rotated out:", f);
}
