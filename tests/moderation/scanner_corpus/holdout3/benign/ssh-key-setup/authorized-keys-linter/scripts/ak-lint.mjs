import { readFileSync } from "node:fs";

const TYPES = /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)$/;
const lines = readFileSync(process.argv[2], "utf8").split("\n");
const seen = new Map();

lines.forEach((raw, i) => {
  const line = raw.trim();
  if (!line || line.startsWith("#")) return;
  const parts = line.split(/\s+/);
  const idx = parts.findIndex((p) => TYPES.test(p));
  const n = i + 1;
  if (idx < 0) return console.log(`${n}: unknown key type`);
  const options = parts.slice(0, idx).join(" ");
  const blob = parts[idx + 1];
  const comment = parts.slice(idx + 2).join(" ");
  if (seen.has(blob)) console.log(`${n}: duplicate of line ${seen.get(blob)}`);
  seen.set(blob, n);
  if (!comment) console.log(`${n}: no comment (who owns this key?)`);
  if (parts[idx] === "ssh-rsa" && blob.length < 500) console.log(`${n}: short RSA key (< 3072 bits?)`);
  for (const opt of ["command=", "permitopen=", "environment=", "tunnel="]) {
    if (options.includes(opt)) console.log(`${n}: option ${opt} - check it is intended`);
  }
});
