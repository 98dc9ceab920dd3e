import { z } from "zod";

const notPlaceholder = (s: string) => !/^(your[-_]|change[-_]?me|replace[-_]?me|<.*>|x{6,})/i.test(s);

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().default(3000),
  DATABASE_URL: z.string().url(),
  RESEND_API_KEY: z.string().startsWith("re_").refine(notPlaceholder, "RESEND_API_KEY is still a placeholder"),
  SESSION_SECRET: z.string().min(32).refine(notPlaceholder, "SESSION_SECRET is still a placeholder"),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  // Names and reasons only; never echo the values.
  for (const issue of parsed.error.issues) console.error(`env: ${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
export const env = parsed.data;
