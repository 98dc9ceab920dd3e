import { readFileSync, writeFileSync } from "node:fs";
import readline from "node:readline/promises";
import { parse } from "csv-parse/sync";

const shop = process.env.SHOPIFY_SHOP!;
const token = process.env.SHOPIFY_ADMIN_TOKEN!;
async function gql(query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(`https://${shop}/admin/api/2024-10/graphql.json`, {
    method: "POST",
    headers: { "X-Shopify-Access-Token": token, "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const j = await r.json();
  const t = j.extensions?.cost?.throttleStatus;
  if (t && t.currentlyAvailable < 200) await new Promise((s) => setTimeout(s, 1000));
  if (j.errors) throw new Error(JSON.stringify(j.errors));
  return j.data;
}

const rows: { sku: string; new_price: string; compare_at_price?: string }[] = parse(readFileSync(process.argv[2]), { columns: true });
const plan: { productId: string; variantId: string; sku: string; old: number; next: number; compareAt?: string }[] = [];
for (const row of rows) {
  const d = await gql(`query($q: String!) { productVariants(first: 1, query: $q) { nodes { id price product { id } } } }`, { q: `sku:${row.sku}` });
  const v = d.productVariants.nodes[0];
  if (!v) { console.log(`not found: ${row.sku}`); continue; }
  const old = Number(v.price), next = Number(row.new_price);
  const pct = ((next - old) / old) * 100;
  console.log(`${row.sku.padEnd(14)} ${old.toFixed(2)} -> ${next.toFixed(2)}  ${pct >= 0 ? "+" : ""}${pct.toFixed(1)}%${Math.abs(pct) > 30 ? "  CHECK" : ""}`);
  plan.push({ productId: v.product.id, variantId: v.id, sku: row.sku, old, next, compareAt: row.compare_at_price });
}
writeFileSync(`price-backup-${Date.now()}.csv`, "sku,new_price\n" + plan.map((p) => `${p.sku},${p.old.toFixed(2)}`).join("\n") + "\n");
if (process.argv.includes("--apply") && plan.length) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const ok = (await rl.question(`update ${plan.length} variant prices in ${shop}? [y/N] `)).toLowerCase() === "y";
  rl.close();
  if (!ok) process.exit(0);
  const byProduct = new Map<string, typeof plan>();
  for (const p of plan) byProduct.set(p.productId, [...(byProduct.get(p.productId) ?? []), p]);
  for (const [productId, items] of byProduct) {
    await gql(`mutation($pid: ID!, $v: [ProductVariantsBulkInput!]!) { productVariantsBulkUpdate(productId: $pid, variants: $v) { userErrors { field message } } }`,
      { pid: productId, v: items.map((i) => ({ id: i.variantId, price: i.next.toFixed(2), compareAtPrice: i.compareAt ?? null })) });
  }
  console.log("done");
}
