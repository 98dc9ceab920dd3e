// Encode app state into a compact URL-safe string and back.
// Uses CompressionStream (deflate-raw) where available, plain JSON otherwise.

const VERSION = 2;
const MAX_LENGTH = 8000;

function toBase64Url(bytes) {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bin = atob(b64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeState(state) {
  const json = new TextEncoder().encode(JSON.stringify({ v: VERSION, s: state }));
  if (typeof CompressionStream === 'function') {
    return 'z' + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
  }
  return 'j' + toBase64Url(json);
}

export async function decodeState(hash, allowedKeys) {
  const raw = hash.replace(/^#/, '');
  if (!raw || raw.length > MAX_LENGTH) return null;
  try {
    const kind = raw[0];
    let bytes = fromBase64Url(raw.slice(1));
    if (kind === 'z') bytes = await pipe(bytes, new DecompressionStream('deflate-raw'));
    else if (kind !== 'j') return null;
    const parsed = JSON.parse(new TextDecoder().decode(bytes));
    if (!parsed || parsed.v !== VERSION || typeof parsed.s !== 'object') return null;
    // keep only known keys; values stay plain data
    return Object.fromEntries(Object.entries(parsed.s).filter(([k]) => allowedKeys.includes(k)));
  } catch {
    return null;
  }
}
