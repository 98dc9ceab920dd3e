// Loads and validates the user's config for CSV Schema Inferrer.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export type Config = { outDir: string; locale: string; maxItems: number };

const DEFAULTS: Config = { outDir: "out", locale: "en", maxItems: 500 };

export function configPath(): string {
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), "tabular-profiler-helper", "config.json");
}

export function loadConfig(): Config {
  const p = configPath();
  const user = existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : {};
  const cfg = { ...DEFAULTS, ...user } as Config;
  if (cfg.maxItems <= 0) throw new Error("maxItems must be positive");
  return cfg;
}
