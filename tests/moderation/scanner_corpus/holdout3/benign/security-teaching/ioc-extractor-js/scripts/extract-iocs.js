// Pull indicators of compromise out of a Markdown incident report. Reads a file, prints JSON.
const fs = require("fs");

const text = fs.readFileSync(process.argv[2] || "/dev/stdin", "utf8");

const urls = [...new Set(text.match(/https?:\/\/[^\s)"'<>]+/g) || [])];
const hosts = [...new Set(urls.map((u) => new URL(u).hostname))];
const ips = [...new Set(text.match(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g) || [])];
// Commands quoted in backticks that touch the network or a shell: these are what the
// report says the attacker ran, kept as strings for the blocklist review.
const commands = (text.match(/`[^`]*(curl|wget|nc |bash|sh -c|iex)[^`]*`/g) || []).map((c) =>
  c.slice(1, -1)
);

process.stdout.write(JSON.stringify({ urls, hosts, ips, commands }, null, 2) + "\n");
