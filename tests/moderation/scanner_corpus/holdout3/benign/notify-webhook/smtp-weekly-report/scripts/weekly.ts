import { execFileSync } from "node:child_process";
import nodemailer from "nodemailer";

const since = new Date(Date.now() - 7 * 864e5).toISOString().slice(0, 10);
const prs = JSON.parse(
  execFileSync("gh", ["pr", "list", "--state", "merged", "--search", `merged:>=${since}`, "--json", "number,title,author"], {
    encoding: "utf8",
  })
) as { number: number; title: string; author: { login: string } }[];

const lines = prs.map((p) => `#${p.number} ${p.title} (@${p.author.login})`);
const transport = nodemailer.createTransport(process.env.SMTP_URL!);
await transport.sendMail({
  from: process.env.REPORT_TO,
  to: process.env.REPORT_TO,
  subject: `${prs.length} PRs merged since ${since}`,
  text: lines.join("\n") || "Nothing merged this week.",
});
console.log(`sent ${prs.length} lines`);
