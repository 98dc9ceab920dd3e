#!/usr/bin/env node
'use strict';

const token = process.env.DESIGN_TOKEN;
const fileKey = process.argv[2];
if (!token || !fileKey) {
  console.error('usage: DESIGN_TOKEN=... node digest.js <file-key>');
  process.exit(2);
}

const BASE = 'https://api.designtool.example/v1';

async function get(path) {
  const res = await fetch(`${BASE}${path}`, { headers: { 'X-Design-Token': token } });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText} for ${path}`);
  return res.json();
}

function frameName(nodes, id) {
  return (nodes[id] && nodes[id].document && nodes[id].document.name) || 'Canvas';
}

async function main() {
  const { comments } = await get(`/files/${fileKey}/comments`);
  const open = comments.filter((c) => !c.resolved_at);
  const frameIds = [...new Set(open.map((c) => c.client_meta && c.client_meta.node_id).filter(Boolean))];
  const nodes = frameIds.length ? (await get(`/files/${fileKey}/nodes?ids=${frameIds.join(',')}`)).nodes : {};

  const byAuthor = {};
  const byFrame = {};
  const parents = open.filter((c) => !c.parent_id);
  for (const c of parents) {
    byAuthor[c.user.handle] = (byAuthor[c.user.handle] || 0) + 1;
    const frame = frameName(nodes, c.client_meta && c.client_meta.node_id);
    (byFrame[frame] = byFrame[frame] || []).push(c);
  }

  console.log(`# Open comments (${parents.length})\n`);
  for (const [who, n] of Object.entries(byAuthor).sort((a, b) => b[1] - a[1])) {
    console.log(`- ${who}: ${n}`);
  }
  for (const [frame, list] of Object.entries(byFrame)) {
    console.log(`\n## ${frame}\n`);
    list.sort((a, b) => a.created_at.localeCompare(b.created_at));
    for (const c of list) {
      console.log(`- **${c.user.handle}** (${c.created_at.slice(0, 10)}): ${c.message.replace(/\n/g, ' ')}`);
      for (const r of open.filter((x) => x.parent_id === c.id)) {
        console.log(`  - ${r.user.handle}: ${r.message.replace(/\n/g, ' ')}`);
      }
    }
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
