require('dotenv').config();
const http = require('http');
const crypto = require('crypto');
const rules = require('./rules.json');
http.createServer((req, res) => {
  let body = '';
  req.on('data', c => (body += c));
  req.on('end', async () => {
    const sig = 'sha256=' + crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');
    if (sig !== req.headers['x-hub-signature-256']) { res.writeHead(401).end(); return; }
    const ev = JSON.parse(body);
    if (ev.action !== 'opened') { res.end('ignored'); return; }
    const text = `${ev.issue.title} ${ev.issue.body}`.toLowerCase();
    const labels = rules.filter(r => r.words.some(w => text.includes(w))).map(r => r.label);
    await fetch(`${ev.issue.url}/labels`, { method: 'POST', headers: { authorization: `token ${process.env.GITHUB_TOKEN}` }, body: JSON.stringify({ labels }) });
    res.end('ok');
  });
}).listen(process.env.PORT || 3000);
