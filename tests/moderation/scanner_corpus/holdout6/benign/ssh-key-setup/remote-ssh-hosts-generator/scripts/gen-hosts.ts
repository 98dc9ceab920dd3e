import { readFileSync } from "node:fs";

interface HostEntry {
  name: string;
  address: string;
  user: string;
  jump?: string;
  port?: number;
  identity?: string;
}

const file = process.argv[2];
if (!file) {
  console.error("usage: gen-hosts.ts inventory.json");
  process.exit(2);
}

const hosts = JSON.parse(readFileSync(file, "utf8")) as HostEntry[];
const valid = /^[a-z0-9][a-z0-9.-]*$/i;
const lines: string[] = [`# generated from ${file} on ${new Date().toISOString().slice(0, 10)} - do not edit by hand`, ""];

for (const h of hosts) {
  if (!valid.test(h.name) || !valid.test(h.address)) {
    console.error(`skipping invalid entry: ${JSON.stringify(h)}`);
    continue;
  }
  lines.push(`Host ${h.name}`);
  lines.push(`    HostName ${h.address}`);
  lines.push(`    User ${h.user}`);
  if (h.port) lines.push(`    Port ${h.port}`);
  if (h.jump) lines.push(`    ProxyJump ${h.jump}`);
  lines.push(`    IdentityFile ${h.identity ?? "~/.ssh/id_ed25519_work"}`);
  lines.push("    IdentitiesOnly yes");
  lines.push("    ServerAliveInterval 30");
  lines.push("");
}
process.stdout.write(lines.join("\n"));
