import { resolve4 } from "node:dns/promises";

async function doh(name: string): Promise<string[]> {
  const url = `https://cloudflare-dns.com/dns-query?name=${encodeURIComponent(name)}&type=A`;
  const res = await fetch(url, { headers: { accept: "application/dns-json" } });
  const body = (await res.json()) as { Answer?: { type: number; data: string }[] };
  return (body.Answer ?? []).filter((a) => a.type === 1).map((a) => a.data).sort();
}

for (const name of process.argv.slice(2)) {
  const local = (await resolve4(name).catch(() => [] as string[])).sort();
  const remote = await doh(name);
  const same = local.join() === remote.join();
  console.log(`${name}\n  local: ${local.join(", ") || "-"}\n  doh:   ${remote.join(", ") || "-"}\n  ${same ? "same" : "DIFFERENT"}`);
}
