import { parse } from "jsr:@std/csv@1";
import { basename, join } from "jsr:@std/path@1";

for await (const entry of Deno.readDir("./data")) {
  if (!entry.name.endsWith(".csv")) continue;
  const text = await Deno.readTextFile(join("./data", entry.name));
  const rows = parse(text, { skipFirstRow: true });
  const out = join("./out", basename(entry.name, ".csv") + ".json");
  await Deno.writeTextFile(out, JSON.stringify(rows, null, 2));
  console.log(`${entry.name}: ${rows.length} rows -> ${out}`);
}
