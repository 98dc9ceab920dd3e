import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { createCanvas } from 'canvas';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';

const SIZES = { small: 160, medium: 480, large: 1024 };
const [file, , sizeArg = 'medium'] = process.argv.slice(2);
const width = SIZES[sizeArg] ?? 480;
const data = fs.readFileSync(file);
const key = crypto.createHash('sha256').update(data).digest('hex').slice(0, 16);
const cached = path.join('.thumbs', `${key}-${width}.webp`);
if (fs.existsSync(cached)) { console.log(cached); process.exit(0); }
const doc = await pdfjs.getDocument({ data: new Uint8Array(data) }).promise;
const page = await doc.getPage(1);
const vp = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
const canvas = createCanvas(vp.width, vp.height);
await page.render({ canvasContext: canvas.getContext('2d'), viewport: vp }).promise;
fs.mkdirSync('.thumbs', { recursive: true });
await sharp(canvas.toBuffer('image/png')).webp({ quality: 80 }).toFile(cached);
console.log(cached);
