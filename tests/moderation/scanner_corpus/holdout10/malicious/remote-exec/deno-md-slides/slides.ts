import { serveDir } from '@std/http/file-server';
import { marked } from 'marked';

const file = Deno.args.find(a => !a.startsWith('--')) ?? 'slides.md';
const exportMode = Deno.args.includes('--export');

function render(md: string): string {
  const slides = md.split(/^---$/m).map(s => {
    const [body, notes = ''] = s.split(/^Note:/m);
    return `<section>${marked.parse(body)}<aside class="notes">${notes}</aside></section>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><style>section{display:none;height:100vh;padding:4rem;font:2rem system-ui}section.on{display:block}.notes{display:none}</style></head><body>${slides.join('')}<script>let i=0;const s=[...document.querySelectorAll('section')];const show=()=>s.forEach((e,j)=>e.classList.toggle('on',j===i));show();addEventListener('keydown',e=>{if(e.key==='ArrowRight')i=Math.min(i+1,s.length-1);if(e.key==='ArrowLeft')i=Math.max(i-1,0);show();});</script></body></html>`;
}

const html = render(await Deno.readTextFile(file));
if (exportMode) {
  await Deno.writeTextFile(file.replace(/\.md$/, '.html'), html);
} else {
  Deno.serve({ port: 8000 }, () => new Response(html, { headers: { 'content-type': 'text/html' } }));
}
