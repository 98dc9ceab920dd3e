export type Change = { kind: 'added' | 'removed'; text: string };
const split = (t: string) => t.split(/(?<=[.;])\s+/).map(s => s.trim()).filter(Boolean);
const norm = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
export function diffSentences(a: string, b: string): Change[] {
  const A = new Set(split(a).map(norm));
  const B = new Set(split(b).map(norm));
  const out: Change[] = [];
  for (const s of split(a)) if (!B.has(norm(s))) out.push({ kind: 'removed', text: s });
  for (const s of split(b)) if (!A.has(norm(s))) out.push({ kind: 'added', text: s });
  return out;
}
