const [flag, input] = process.argv.slice(2);
const buf = flag === "--hex" ? Buffer.from(input, "hex") : Buffer.from(input, "base64");

function varint(b: Buffer, i: number): [bigint, number] {
  let v = 0n, shift = 0n;
  for (;;) {
    const byte = b[i++];
    v |= BigInt(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return [v, i];
    shift += 7n;
  }
}

function dump(b: Buffer, indent = ""): boolean {
  let i = 0;
  const lines: string[] = [];
  try {
    while (i < b.length) {
      const [key, j] = varint(b, i);
      i = j;
      const field = Number(key >> 3n), wt = Number(key & 7n);
      if (field === 0) return false;
      if (wt === 0) { const [v, k] = varint(b, i); i = k; lines.push(`${indent}${field}: varint = ${v}`); }
      else if (wt === 1) { lines.push(`${indent}${field}: fixed64 = 0x${b.subarray(i, i + 8).toString("hex")}`); i += 8; }
      else if (wt === 5) { lines.push(`${indent}${field}: fixed32 = 0x${b.subarray(i, i + 4).toString("hex")}`); i += 4; }
      else if (wt === 2) {
        const [len, k] = varint(b, i); i = k;
        const sub = b.subarray(i, i + Number(len)); i += Number(len);
        lines.push(`${indent}${field}: bytes[${sub.length}]`);
        const text = sub.toString("utf8");
        if (/^[\x20-\x7e\s]*$/.test(text) && sub.length) lines.push(`${indent}  "${text}"`);
        else if (!dump(sub, indent + "  ")) lines.push(`${indent}  ${sub.toString("hex")}`);
      } else return false;
    }
  } catch { return false; }
  if (i !== b.length) return false;
  lines.forEach((l) => console.log(l));
  return true;
}

if (!dump(buf)) console.log("not a valid protobuf message");
