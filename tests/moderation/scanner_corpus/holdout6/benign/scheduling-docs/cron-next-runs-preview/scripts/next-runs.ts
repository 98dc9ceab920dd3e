import parser from "cron-parser";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
}

function offsetMinutes(date: Date, tz: string): number {
  const local = new Date(date.toLocaleString("en-US", { timeZone: tz }));
  const utc = new Date(date.toLocaleString("en-US", { timeZone: "UTC" }));
  return Math.round((local.getTime() - utc.getTime()) / 60000);
}

const expr = process.argv[2];
if (!expr) {
  console.error('usage: next-runs.ts "<cron>" [--tz Zone] [--count N]');
  process.exit(2);
}
const tz = arg("tz", "UTC");
const count = Number(arg("count", "8"));

const it = parser.parseExpression(expr, { tz, currentDate: new Date() });
const fmt = new Intl.DateTimeFormat("en-GB", {
  timeZone: tz, weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
});

console.log(`${expr}  (${tz})`);
for (let i = 0; i < count; i += 1) {
  const next = it.next().toDate();
  const before = offsetMinutes(new Date(next.getTime() - 12 * 3600_000), tz);
  const after = offsetMinutes(new Date(next.getTime() + 12 * 3600_000), tz);
  const dst = before !== after ? "  ⚠ DST change this day: check this run" : "";
  console.log(`  ${fmt.format(next)}   ${next.toISOString().slice(0, 16)}Z${dst}`);
}
