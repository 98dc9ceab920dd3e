import { readdirSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { test } from 'vitest';

test('story and test coverage', () => {
  const dir = process.env.COMPONENTS_DIR ?? 'src/components';
  const files = readdirSync(dir, { recursive: true }) as string[];
  const base = (f: string) => basename(f).split('.')[0];
  const comps = files.filter(f => extname(f) === '.tsx' && !/\.(stories|test)\./.test(f) && !f.endsWith('index.tsx'));
  const rows = comps.map(c => ({
    component: base(c),
    story: files.some(f => f.includes('.stories.') && base(f) === base(c)),
    test: files.some(f => f.includes('.test.') && base(f) === base(c)),
  }));
  console.table(rows);
  const covered = rows.filter(r => r.story && r.test).length;
  console.log(`covered ${covered}/${rows.length}`);
});
