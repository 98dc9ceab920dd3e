// Import CSV rows as Linear issues with the user's own API key (dry run unless --create).
import { readFileSync, appendFileSync, existsSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parse } from "csv-parse/sync";

const API = "https://api.linear.app/graphql";
const key = process.env.LINEAR_API_KEY;
if (!key) throw new Error("export LINEAR_API_KEY (your personal key)");
const [file] = process.argv.slice(2);
const flag = (n: string) => process.argv.includes(n);
const teamKey = process.argv[process.argv.indexOf("--team") + 1];
const mapping = JSON.parse(readFileSync("mapping.json", "utf8")) as Record<string, string>;
const PRIORITY: Record<string, number> = { urgent: 1, high: 2, medium: 3, low: 4 };

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(API, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: key! },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const rows = parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const { teams } = await gql<{ teams: { nodes: { id: string; key: string }[] } }>(
  "query($k: String!) { teams(filter: { key: { eq: $k } }) { nodes { id key } } }", { k: teamKey });
const team = teams.nodes[0];
if (!team) throw new Error(`no team with key ${teamKey}`);

const planned = rows.map((r, i) => {
  const title = (r[mapping.title] ?? "").trim();
  const prio = PRIORITY[(r[mapping.priority] ?? "").toLowerCase()] ?? 0;
  const warn = [!title && "empty title", r[mapping.priority] && !prio && "unknown priority"].filter(Boolean).join("; ");
  return { row: i + 2, title, description: r[mapping.description] ?? "", priority: prio, warn };
});
for (const p of planned) console.log(`${String(p.row).padStart(4)}  P${p.priority}  ${p.title.slice(0, 60)}  ${p.warn}`);
if (!flag("--create")) process.exit(0);

const rl = createInterface({ input: process.stdin, output: process.stdout });
const typed = await rl.question(`Type ${planned.length} to create ${planned.length} issues in ${team.key}: `);
rl.close();
if (typed.trim() !== String(planned.length)) process.exit(0);
const done = flag("--skip-logged") && existsSync("import-log.csv")
  ? new Set(readFileSync("import-log.csv", "utf8").split("\n").map((l) => l.split(",")[0])) : new Set<string>();
for (const p of planned.filter((p) => p.title && !done.has(String(p.row)))) {
  const out = await gql<{ issueCreate: { issue: { identifier: string; url: string } } }>(
    `mutation($i: IssueCreateInput!) { issueCreate(input: $i) { issue { identifier url } } }`,
    { i: { teamId: team.id, title: p.title, description: p.description, priority: p.priority } });
  appendFileSync("import-log.csv", `${p.row},${out.issueCreate.issue.identifier},${out.issueCreate.issue.url}\n`);
  console.log("created", out.issueCreate.issue.identifier);
  await new Promise((r) => setTimeout(r, 250));
}
