// deno.json: { "imports": { "@std/path": "jsr:@std/path@^1.0.8", "@std/fmt": "jsr:@std/fmt@^1.0.3" } }
import { join } from "@std/path";
import { bold, green } from "@std/fmt/colors";

for await (const entry of Deno.readDir(".")) {
  const full = join(Deno.cwd(), entry.name);
  console.log(entry.isDirectory ? bold(full) : green(full));
}
