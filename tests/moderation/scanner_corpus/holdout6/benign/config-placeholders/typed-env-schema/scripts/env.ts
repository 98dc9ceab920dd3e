import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development")
    .describe("development | test | production"),
  PORT: z.coerce.number().int().positive().default(8080).describe("HTTP port"),
  DATABASE_URL: z.string().url()
    .describe("postgres://user:password@localhost:5432/orders_dev"),
  QUEUE_URL: z.string().url().describe("amqp://guest:guest@localhost:5672"),
  SHIPPING_API_BASE: z.string().url().default("https://sandbox.shipping.example/v1")
    .describe("sandbox by default; production base comes from the deploy config"),
  SHIPPING_API_KEY: z.string().min(20, "looks too short for a shipping API key")
    .refine((v) => !/replace|changeme|your-/i.test(v), "still a placeholder")
    .describe("your-shipping-sandbox-key"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info").describe("info"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    console.error(`Invalid environment:\n${lines.join("\n")}`);
    process.exit(1);
  }
  return parsed.data;
}

function example(): string {
  return Object.entries(schema.shape)
    .map(([key, field]) => `${key}=${(field as z.ZodTypeAny).description ?? ""}`)
    .join("\n");
}

if (process.argv.includes("--example")) {
  console.log("# Generated from src/env.ts - edit the schema, not this file\n" + example());
  process.exit(0);
}

export const env = load();
