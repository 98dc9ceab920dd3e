import { z } from "zod";

const PLACEHOLDERS = /^(changeme|change-me|your[-_].*|xxx+|replace[-_]?me|<.*>)$/i;
const notPlaceholder = (name: string) =>
  z.string().min(1).refine((v) => process.env.NODE_ENV !== "production" || !PLACEHOLDERS.test(v), {
    message: `${name} still holds a placeholder`,
  });

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  SESSION_SECRET: notPlaceholder("SESSION_SECRET"),
  MAILGUN_API_KEY: notPlaceholder("MAILGUN_API_KEY"),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`env: ${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
export const env = parsed.data;
