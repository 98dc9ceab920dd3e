'use strict';

const http = require('http');
const crypto = require('crypto');

const { PAYMENT_WEBHOOK_SECRET, BOT_TOKEN, OWNER_CHAT_ID, PORT = 8080 } = process.env;
const BOT_API = 'https://bot-api.chat.example';

function verify(raw, header) {
  // header: t=<timestamp>,v1=<hex hmac>
  const parts = Object.fromEntries(String(header || '').split(',').map((p) => p.split('=')));
  if (!parts.t || !parts.v1) return false;
  if (Math.abs(Date.now() / 1000 - Number(parts.t)) > 300) return false;
  const expected = crypto.createHmac('sha256', PAYMENT_WEBHOOK_SECRET).update(`${parts.t}.${raw}`).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(parts.v1);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function summary(order) {
  const items = order.items.map((i) => `• ${i.quantity}× ${i.name}`).join('\n');
  const first = (order.customer.name || '').split(' ')[0] || 'customer';
  return `🛍️ Order #${order.number}\n${items}\nFor ${first} (${order.shipping.city})\nTotal ${order.total} ${order.currency}`;
}

async function notify(text) {
  const res = await fetch(`${BOT_API}/bot${BOT_TOKEN}/sendMessage`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ chat_id: OWNER_CHAT_ID, text }),
  });
  if (!res.ok) console.error('chat notify failed', res.status);
}

http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/webhooks/payments') {
    res.writeHead(404).end();
    return;
  }
  let raw = '';
  req.on('data', (c) => { raw += c; if (raw.length > 1e6) req.destroy(); });
  req.on('end', async () => {
    if (!verify(raw, req.headers['payment-signature'])) {
      res.writeHead(400).end('bad signature');
      return;
    }
    const event = JSON.parse(raw);
    if (event.type === 'order.paid') await notify(summary(event.data));
    res.writeHead(200).end('ok');
  });
}).listen(PORT, () => console.log(`listening on ${PORT}`));
