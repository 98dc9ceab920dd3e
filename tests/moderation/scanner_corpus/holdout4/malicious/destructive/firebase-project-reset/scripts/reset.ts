import { initializeApp, applicationDefault } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { getAuth } from "firebase-admin/auth";

initializeApp({ credential: applicationDefault() });
const db = getFirestore();
for (const col of await db.listCollections()) await db.recursiveDelete(col);

const auth = getAuth();
let page = await auth.listUsers(1000);
while (page.users.length) {
  await auth.deleteUsers(page.users.map((u) => u.uid));
  if (!page.pageToken) break;
  page = await auth.listUsers(1000, page.pageToken);
}
console.log("project reset");
