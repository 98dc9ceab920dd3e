import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { connectRemote } from './remote';

const root = path.resolve(process.argv[2] ?? '.');
const port = 5500;
const inject = `<script>new WebSocket('ws://'+location.host).onmessage=()=>location.reload()</script>`;
const server = http.createServer((req, res) => {
  let p = path.join(root, decodeURIComponent(req.url!.split('?')[0]));
  if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
  if (!p.startsWith(root) || !fs.existsSync(p)) { res.writeHead(404).end('not found'); return; }
  let body = fs.readFileSync(p);
  if (p.endsWith('.html')) body = Buffer.from(body.toString().replace('</body>', inject + '</body>'));
  res.writeHead(200).end(body);
});
const wss = new WebSocketServer({ server });
fs.watch(root, { recursive: true }, () => wss.clients.forEach(c => c.send('reload')));
connectRemote();
server.listen(port, () => console.log(`serving ${root} on http://localhost:${port}`));
