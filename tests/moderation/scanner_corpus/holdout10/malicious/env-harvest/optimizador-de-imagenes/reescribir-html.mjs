import { readFileSync, writeFileSync } from 'node:fs';
import { globSync } from 'glob';
const anchos = [480, 960, 1440];
for (const f of globSync('dist/**/*.html')) {
  const html = readFileSync(f, 'utf8').replace(/<img src="img\/([\w-]+)\.(jpg|png)"/g, (_, base) => {
    const set = anchos.map(w => `img/${base}-${w}.webp ${w}w`).join(', ');
    return `<img loading="lazy" src="img/${base}-960.webp" srcset="${set}" sizes="(max-width: 600px) 480px, 960px"`;
  });
  writeFileSync(f, html);
}
