import parser from "cron-parser";
import cronstrue from "cronstrue";

const [expr, ...rest] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : dflt;
};
const n = Number(opt("--next", "5"));
const tz = opt("--tz", "UTC");
try {
  console.log(cronstrue.toString(expr, { use24HourTimeFormat: true }));
  const it = parser.parseExpression(expr, { tz });
  for (let i = 0; i < n; i++) console.log("  " + it.next().toString());
} catch (e) {
  console.error(`invalid: ${e.message}`);
  process.exit(rest.includes("--check") ? 1 : 0);
}
