import { parse } from "@std/csv";
import { join } from "@std/path";
import { z } from "zod";

const Row = z.object({ sku: z.string(), qty: z.coerce.number().int().nonnegative() });
const text = await Deno.readTextFile(join("data", "stock.csv"));
const rows = parse(text, { skipFirstRow: true }).map((r) => Row.parse(r));
await Deno.mkdir("out", { recursive: true });
await Deno.writeTextFile(join("out", "stock.json"), JSON.stringify(rows, null, 2));
console.log(`${rows.length} rows`);
