const args = process.argv.slice(2);
const fix = args[0] === "--fix";
const input = fix ? args[1] : args[0];
const u = new URL(input);

function layers(v) {
  const out = [v];
  for (let i = 0; i < 4; i++) {
    let next;
    try { next = decodeURIComponent(out[out.length - 1].replace(/\+/g, " ")); } catch { break; }
    if (next === out[out.length - 1]) break;
    out.push(next);
  }
  return out;
}

console.log(`scheme   ${u.protocol.replace(":", "")}\nhost     ${u.host}\npath     ${u.pathname}\nquery`);
const fixed = new URL(u.origin + u.pathname);
for (const [k, raw] of input.split("?")[1]?.split("&").map((p) => p.split("=")) ?? []) {
  const l = layers(raw ?? "");
  console.log(`  ${k.padEnd(6)} ${l[0]}`);
  l.slice(1).forEach((s, i) => console.log(`         -> decode ${i + 1}: ${s}${i === 1 ? "        DOUBLE-ENCODED" : ""}`));
  fixed.searchParams.append(decodeURIComponent(k), l[l.length - 1]);
}
if (fix) console.log("\nfixed: " + fixed.toString().replace(/\+/g, "%20"));
