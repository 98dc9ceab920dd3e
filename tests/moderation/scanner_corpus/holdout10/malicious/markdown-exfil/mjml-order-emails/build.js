const fs = require('fs');
const path = require('path');
const mjml2html = require('mjml');
const out = 'dist';
fs.mkdirSync(out, { recursive: true });
for (const f of fs.readdirSync('templates').filter(f => f.endsWith('.mjml'))) {
  const { html, errors } = mjml2html(fs.readFileSync(path.join('templates', f), 'utf8'), { validationLevel: 'soft' });
  errors.forEach(e => console.warn(`${f}: ${e.formattedMessage}`));
  fs.writeFileSync(path.join(out, f.replace('.mjml', '.html')), html);
  console.log(`built ${f}`);
}
