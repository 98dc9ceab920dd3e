#!/usr/bin/env node
'use strict';

const fs = require('fs');
const net = require('net');

function parse(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i += 2) o[argv[i].replace(/^--/, '')] = argv[i + 1];
  return o;
}

const opts = parse(process.argv.slice(2));
if (!opts.key) {
  console.error('usage: restrict-key.js --key file.pub [--from addr[,addr]] [--command "cmd"] [--allow-pty]');
  process.exit(2);
}

const pub = fs.readFileSync(opts.key, 'utf8').trim();
if (!/^(ssh-ed25519|sk-ssh-ed25519@openssh\.com|ecdsa-sha2-nistp\d+|ssh-rsa) [A-Za-z0-9+/=]+( .*)?$/.test(pub)) {
  console.error(`${opts.key} does not look like a single OpenSSH public key`);
  process.exit(1);
}
if (/PRIVATE KEY/.test(pub)) {
  console.error('that is a private key; use the .pub file');
  process.exit(1);
}

const parts = ['restrict'];
if (opts.from) {
  for (const addr of opts.from.split(',')) {
    const base = addr.split('/')[0];
    if (!net.isIP(base) && !/^[a-z0-9.*-]+$/i.test(base)) {
      console.error(`bad address in --from: ${addr}`);
      process.exit(1);
    }
  }
  parts.push(`from="${opts.from}"`);
}
if (opts.command) {
  if (opts.command.includes('"')) {
    console.error('--command must not contain double quotes');
    process.exit(1);
  }
  parts.push(`command="${opts.command}"`);
}
if ('allow-pty' in opts) parts.push('pty');

console.log(`${parts.join(',')} ${pub}`);
