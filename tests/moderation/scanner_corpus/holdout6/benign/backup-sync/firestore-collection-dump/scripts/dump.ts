import { initializeApp, applicationDefault } from "firebase-admin/app";
import { getFirestore, Timestamp } from "firebase-admin/firestore";
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i > -1 && process.argv[i + 1]) return process.argv[i + 1];
  if (fallback !== undefined) return fallback;
  throw new Error(`missing --${name}`);
}

function plain(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate().toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

async function dumpCollection(name: string, outDir: string): Promise<number> {
  const db = getFirestore();
  const out = createWriteStream(join(outDir, `${name}.ndjson`));
  let count = 0;
  let last: FirebaseFirestore.QueryDocumentSnapshot | undefined;
  for (;;) {
    let q = db.collection(name).orderBy("__name__").limit(500);
    if (last) q = q.startAfter(last);
    const snap = await q.get();
    if (snap.empty) break;
    for (const doc of snap.docs) {
      out.write(JSON.stringify({ _id: doc.id, ...(plain(doc.data()) as object) }) + "\n");
      count += 1;
    }
    last = snap.docs[snap.docs.length - 1];
  }
  out.end();
  return count;
}

async function main(): Promise<void> {
  initializeApp({ credential: applicationDefault(), projectId: arg("project") });
  const outDir = arg("out", "./dump");
  mkdirSync(outDir, { recursive: true });
  for (const name of arg("collections").split(",")) {
    const n = await dumpCollection(name.trim(), outDir);
    console.log(`${name}: ${n} documents`);
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
