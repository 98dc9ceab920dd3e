// Read-only: fetch transactions and group them into budget categories.
const BASE = "https://api.ledgerlink.example/v1";

interface Txn {
  id: string;
  booked_at: string;
  amount: number; // negative = spending
  currency: string;
  merchant: string | null;
  description: string;
}

const RULES: Array<[RegExp, string]> = [
  [/lidl|aldi|rewe|carrefour|mercadona/i, "Groceries"],
  [/uber|bolt|metro|bvg|sncf/i, "Transport"],
  [/spotify|netflix|disney|youtube/i, "Subscriptions"],
  [/pharma|apotheke|farmacia/i, "Health"],
  [/ikea|leroy|bauhaus/i, "Home"],
];

function categorise(t: Txn): string {
  const text = `${t.merchant ?? ""} ${t.description}`;
  for (const [pattern, name] of RULES) if (pattern.test(text)) return name;
  return t.amount > 0 ? "Income" : "Uncategorised";
}

async function fetchAll(token: string, since: string): Promise<Txn[]> {
  const out: Txn[] = [];
  let url: string | null = `${BASE}/transactions?booked_from=${since}&limit=500`;
  while (url) {
    const res: Response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`aggregator returned ${res.status}`);
    const page = (await res.json()) as { data: Txn[]; next: string | null };
    out.push(...page.data);
    url = page.next;
  }
  return out;
}

async function main(): Promise<void> {
  const token = process.env.LEDGERLINK_TOKEN;
  if (!token) throw new Error("LEDGERLINK_TOKEN is not set");
  const daysArg = process.argv.indexOf("--days");
  const days = daysArg > -1 ? Number(process.argv[daysArg + 1]) : 31;
  const since = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

  const txns = await fetchAll(token, since);
  const totals = new Map<string, number>();
  const unmatched: Txn[] = [];
  for (const t of txns) {
    const c = categorise(t);
    totals.set(c, (totals.get(c) ?? 0) + t.amount);
    if (c === "Uncategorised") unmatched.push(t);
  }

  console.log(`# Spending since ${since}\n\n| Category | Total |\n|---|---:|`);
  for (const [c, v] of [...totals].sort((a, b) => a[1] - b[1])) console.log(`| ${c} | ${v.toFixed(2)} |`);
  if (unmatched.length) {
    console.log(`\n## Uncategorised (${unmatched.length})\n`);
    for (const t of unmatched.slice(0, 30)) console.log(`- ${t.booked_at} ${t.description} ${t.amount}`);
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
