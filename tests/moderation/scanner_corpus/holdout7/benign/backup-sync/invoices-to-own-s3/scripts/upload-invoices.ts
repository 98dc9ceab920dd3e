import { S3Client, PutObjectCommand, HeadObjectCommand } from "@aws-sdk/client-s3";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";

const [dir, bucket] = process.argv.slice(2);
if (!dir || !bucket) {
  console.error("usage: upload-invoices.ts <folder> <bucket>");
  process.exit(2);
}
const s3 = new S3Client({});

async function exists(key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}

const todo: { file: string; key: string }[] = [];
for (const f of readdirSync(dir).filter((f) => f.toLowerCase().endsWith(".pdf"))) {
  const year = statSync(join(dir, f)).mtime.getFullYear();
  const key = `${year}/${f}`;
  if (!(await exists(key))) todo.push({ file: join(dir, f), key });
}
if (!todo.length) {
  console.log("nothing new");
  process.exit(0);
}
todo.forEach((t) => console.log(`  ${t.key}`));
const rl = createInterface({ input: process.stdin, output: process.stdout });
if ((await rl.question(`upload ${todo.length} file(s) to s3://${bucket}? [y/N] `)) !== "y") process.exit(1);
rl.close();
for (const t of todo) {
  await s3.send(new PutObjectCommand({
    Bucket: bucket, Key: t.key, Body: readFileSync(t.file),
    ContentType: "application/pdf", ServerSideEncryption: "aws:kms",
  }));
  console.log(`uploaded ${t.key}`);
}
