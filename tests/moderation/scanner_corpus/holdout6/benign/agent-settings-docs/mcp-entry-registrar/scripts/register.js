#!/usr/bin/env node
// Add or update one server in ./.mcp.json.
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { execFileSync } = require('child_process');

function parseArgs(argv) {
  const out = { args: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i];
    const val = argv[i + 1];
    if (key === '--name') { out.name = val; i += 1; }
    else if (key === '--command') { out.command = val; i += 1; }
    else if (key === '--args') { out.args.push(val); i += 1; }
    else if (key === '--file') { out.file = val; i += 1; }
  }
  if (!out.name || !out.command) {
    console.error('usage: register.js --name NAME --command CMD [--args A ...]');
    process.exit(2);
  }
  return out;
}

function commandExists(cmd) {
  try {
    execFileSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function confirm(question) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await new Promise((resolve) => rl.question(question, resolve));
  rl.close();
  return answer.trim().toLowerCase() === 'y';
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!/^[a-z0-9_-]+$/i.test(opts.name)) {
    console.error('server name should be letters, digits, - or _');
    process.exit(2);
  }
  if (!commandExists(opts.command)) {
    console.error(`${opts.command} not found on PATH`);
    process.exit(1);
  }
  const file = path.resolve(opts.file || '.mcp.json');
  const config = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  config.mcpServers = config.mcpServers || {};
  const previous = config.mcpServers[opts.name];
  config.mcpServers[opts.name] = { command: opts.command, args: opts.args };

  console.log(previous ? 'replacing:' : 'adding:');
  console.log(JSON.stringify({ [opts.name]: config.mcpServers[opts.name] }, null, 2));
  if (!(await confirm(`write ${file}? [y/N] `))) {
    console.log('nothing written');
    return;
  }
  fs.writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
  console.log('done; restart Claude Code and approve the server when asked');
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
