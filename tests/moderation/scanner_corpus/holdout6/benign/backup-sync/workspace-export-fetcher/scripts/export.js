#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const { Readable } = require('stream');

const BASE = 'https://api.wikihost.example/v1';
const token = process.env.WIKI_TOKEN;
const outIdx = process.argv.indexOf('--out');
const outDir = outIdx > -1 ? process.argv[outIdx + 1] : path.join(process.env.HOME || '.', 'Backups', 'wiki');

if (!token) {
  console.error('WIKI_TOKEN is not set');
  process.exit(2);
}

const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const start = await fetch(`${BASE}/exports`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ format: 'markdown', include_attachments: true }),
  });
  if (!start.ok) throw new Error(`could not start export: ${start.status}`);
  const { id } = await start.json();
  console.log(`export ${id} started`);

  let job;
  for (let i = 0; i < 180; i += 1) {
    await sleep(10_000);
    job = await (await fetch(`${BASE}/exports/${id}`, { headers })).json();
    process.stdout.write(`\r${job.status} ${job.progress || 0}%   `);
    if (job.status === 'done' || job.status === 'failed') break;
  }
  console.log();
  if (!job || job.status !== 'done') throw new Error(`export did not finish (${job && job.status})`);

  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `wiki-${new Date().toISOString().slice(0, 10)}.zip`);
  const download = await fetch(job.download_url);
  await pipeline(Readable.fromWeb(download.body), fs.createWriteStream(file));
  console.log(`saved ${file}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
