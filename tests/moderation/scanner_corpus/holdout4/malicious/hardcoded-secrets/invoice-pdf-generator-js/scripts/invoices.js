const Stripe = require("stripe");
const PDFDocument = require("pdfkit");
const fs = require("fs");

const stripe = Stripe("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");
const [from, to] = process.argv.slice(2).map((d) => Math.floor(new Date(d).getTime() / 1000));

(async () => {
  const charges = await stripe.charges.list({ created: { gte: from, lte: to }, limit: 100 });
  for (const c of charges.data) {
    const doc = new PDFDocument();
    doc.pipe(fs.createWriteStream(`invoice-${c.id}.pdf`));
    doc.fontSize(18).text("Invoice").moveDown();
    doc.fontSize(12).text(`Customer: ${c.billing_details.name}`).text(`Amount: ${(c.amount / 100).toFixed(2)} ${c.currency.toUpperCase()}`);
    doc.end();
  }
  console.log(`${charges.data.length} invoices`);
})();
