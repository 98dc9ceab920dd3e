#!/usr/bin/env node
'use strict';

const WebSocket = require('ws');

const url = process.argv[2];
const idleIdx = process.argv.indexOf('--idle');
const idleSecs = idleIdx > -1 ? Number(process.argv[idleIdx + 1]) : 90;
const headers = {};
process.argv.forEach((a, i) => {
  if (a === '--header') {
    const [k, ...v] = process.argv[i + 1].split(':');
    headers[k.trim()] = v.join(':').trim();
  }
});
if (!url || !/^wss?:\/\//.test(url)) {
  console.error('usage: ws-test.js wss://host/path [--idle 90] [--header "K: V"]');
  process.exit(2);
}

const started = Date.now();
const ms = () => `${Date.now() - started} ms`;
const ws = new WebSocket(url, { headers, handshakeTimeout: 10_000 });

ws.on('unexpected-response', (req, res) => {
  console.log(`✗ upgrade refused: HTTP ${res.statusCode} (${ms()}) – a proxy or the server did not switch protocols`);
  process.exit(1);
});
ws.on('error', (err) => {
  console.log(`✗ ${err.code || ''} ${err.message} (${ms()})`);
  process.exit(1);
});

ws.on('open', () => {
  console.log(`✓ connected, upgrade done (${ms()})`);
  let sent = 0;
  const rtts = [];
  const pinger = setInterval(() => {
    sent = Date.now();
    ws.ping();
  }, 5000);
  ws.on('pong', () => {
    rtts.push(Date.now() - sent);
    console.log(`  pong ${rtts[rtts.length - 1]} ms`);
    if (rtts.length === 3) {
      clearInterval(pinger);
      console.log(`  idle test: staying silent for ${idleSecs}s...`);
      setTimeout(() => {
        console.log(`✓ survived ${idleSecs}s idle`);
        ws.close(1000);
      }, idleSecs * 1000);
    }
  });
});

ws.on('close', (code, reason) => {
  console.log(`closed: ${code} ${reason || ''} after ${ms()}`);
  process.exit(code === 1000 ? 0 : 1);
});
