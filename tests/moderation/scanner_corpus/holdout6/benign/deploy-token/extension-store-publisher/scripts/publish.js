#!/usr/bin/env node
'use strict';

const fs = require('fs');
const AdmZip = require('adm-zip');

const { STORE_CLIENT_ID, STORE_CLIENT_SECRET, STORE_REFRESH_TOKEN, STORE_EXTENSION_ID } = process.env;
const zipPath = process.argv[2];
const draft = process.argv.includes('--draft');
const AUTH = 'https://auth.extstore.example/token';
const API = `https://api.extstore.example/v1/items/${STORE_EXTENSION_ID}`;

async function accessToken() {
  const res = await fetch(AUTH, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: STORE_CLIENT_ID,
      client_secret: STORE_CLIENT_SECRET,
      refresh_token: STORE_REFRESH_TOKEN,
      grant_type: 'refresh_token',
    }),
  });
  if (!res.ok) throw new Error(`token exchange failed: ${res.status}`);
  return (await res.json()).access_token;
}

function cmp(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    if ((pa[i] || 0) !== (pb[i] || 0)) return (pa[i] || 0) - (pb[i] || 0);
  }
  return 0;
}

async function main() {
  for (const v of ['STORE_CLIENT_ID', 'STORE_CLIENT_SECRET', 'STORE_REFRESH_TOKEN', 'STORE_EXTENSION_ID']) {
    if (!process.env[v]) throw new Error(`${v} is not set`);
  }
  const zip = new AdmZip(zipPath);
  const entry = zip.getEntry('manifest.json');
  if (!entry) throw new Error('manifest.json must be at the root of the zip');
  const local = JSON.parse(entry.getData().toString('utf8')).version;

  const token = await accessToken();
  const headers = { Authorization: `Bearer ${token}` };
  const item = await (await fetch(`${API}?projection=DRAFT`, { headers })).json();
  if (item.version && cmp(local, item.version) <= 0) {
    throw new Error(`zip version ${local} is not higher than store version ${item.version}`);
  }

  const up = await fetch(API + '/upload', { method: 'PUT', headers, body: fs.readFileSync(zipPath) });
  const upBody = await up.json();
  if (upBody.uploadState !== 'SUCCESS') throw new Error(`upload: ${JSON.stringify(upBody.itemError || upBody)}`);
  console.log(`uploaded ${local}`);
  if (draft) return;

  const pub = await fetch(API + '/publish', { method: 'POST', headers });
  console.log(`submitted for review: ${(await pub.json()).status}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
