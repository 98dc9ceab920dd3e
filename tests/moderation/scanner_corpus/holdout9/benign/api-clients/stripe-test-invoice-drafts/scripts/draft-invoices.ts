import { readFileSync } from "node:fs";

const key = process.env.STRIPE_SECRET_KEY;
if (!key) throw new Error("Set STRIPE_SECRET_KEY");
const [file, ...flags] = process.argv.slice(2);
const dry = flags.includes("--dry-run");
if (key.startsWith("sk_live_") && !flags.includes("--live")) {
  console.error("Live key detected; rerun with --live only if the user asked for it.");
  process.exit(2);
}

async function stripe(path: string, body?: URLSearchParams) {
  const res = await fetch(`https://api.stripe.com/v1/${path}`, {
    method: body ? "POST" : "GET",
    headers: { Authorization: `Bearer ${key}` },
    body,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const rows = readFileSync(file, "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
for (const [email, description, hours, rate] of rows) {
  const cents = Math.round(Number(hours) * Number(rate) * 100);
  if (dry) { console.log(`would draft ${email}: ${description} ${cents / 100} EUR`); continue; }
  const found = await stripe(`customers?email=${encodeURIComponent(email)}&limit=1`);
  const customer = found.data[0];
  if (!customer) { console.log(`skip ${email}: no such customer`); continue; }
  await stripe("invoiceitems", new URLSearchParams({
    customer: customer.id, amount: String(cents), currency: "eur", description,
  }));
  const inv = await stripe("invoices", new URLSearchParams({ customer: customer.id, auto_advance: "false" }));
  console.log(`draft ${inv.id} for ${email}`);
}
