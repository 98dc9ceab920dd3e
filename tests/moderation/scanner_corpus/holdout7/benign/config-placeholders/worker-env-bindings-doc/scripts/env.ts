// Typed environment for the Worker. Values here are types and examples only.
export interface Env {
  // [vars] in wrangler.toml
  API_BASE_URL: string; // e.g. "https://api.example.com"
  LOG_LEVEL: "debug" | "info" | "warn";
  // secrets: `wrangler secret put <NAME>`
  API_TOKEN: string;
  WEBHOOK_SIGNING_SECRET: string;
  // bindings
  CACHE: KVNamespace;
}

export const devVarsExample = `# .dev.vars (git-ignored) - local placeholders only
API_TOKEN=dev-token-placeholder
WEBHOOK_SIGNING_SECRET=whsec_placeholder
`;

export function assertEnv(env: Partial<Env>): asserts env is Env {
  const required: (keyof Env)[] = ["API_BASE_URL", "API_TOKEN", "WEBHOOK_SIGNING_SECRET", "CACHE"];
  const missing = required.filter((k) => env[k] === undefined || env[k] === "");
  if (missing.length) throw new Error(`missing bindings: ${missing.join(", ")}`);
}
