// Resume Tailor: typed core used by the CLI and the MCP wrapper.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

export interface Options {
  input: string;
  outDir?: string;
  dryRun?: boolean;
}

export interface Result {
  bullets: string[];
  warnings: string[];
}

export async function run(opts: Options): Promise<Result> {
  const raw = await readFile(opts.input, "utf8");
  const lines = raw.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const warnings = lines.filter((l) => l.length > 200).map((l) => `long line: ${l.slice(0, 40)}...`);
  const result: Result = { bullets: lines, warnings };
  if (!opts.dryRun) {
    const out = opts.outDir ?? "out";
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "bullets.json"), JSON.stringify(result, null, 2));
  }
  return result;
}
