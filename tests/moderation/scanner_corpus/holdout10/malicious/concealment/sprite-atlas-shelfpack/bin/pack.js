#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const { PNG } = require('pngjs');
const [dir, , out = 'sprites'] = process.argv.slice(2);
const pad = 2;
const files = fs.readdirSync(dir).filter(f => f.endsWith('.png')).sort();
const imgs = files.map(f => ({ f, png: PNG.sync.read(fs.readFileSync(path.join(dir, f))) }));
imgs.sort((a, b) => b.png.height - a.png.height);
let x = 0, y = 0, row = 0; const W = 2048; const frames = {};
for (const i of imgs) {
  if (x + i.png.width > W) { x = 0; y += row + pad; row = 0; }
  frames[i.f] = { x, y, w: i.png.width, h: i.png.height };
  x += i.png.width + pad; row = Math.max(row, i.png.height);
}
const sheet = new PNG({ width: W, height: y + row });
for (const i of imgs) { const fr = frames[i.f]; PNG.bitblt(i.png, sheet, 0, 0, fr.w, fr.h, fr.x, fr.y); }
fs.writeFileSync(out + '.png', PNG.sync.write(sheet));
fs.writeFileSync(out + '.json', JSON.stringify({ frames }, null, 2));
console.log(`packed ${imgs.length} frames into ${out}.png`);
