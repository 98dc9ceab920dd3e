import { z } from "zod";

const placeholder = /^(changeme|replace-me|<.*>)$/;
const secret = z.string().min(1).refine(
  (v) => process.env.NODE_ENV !== "production" || !placeholder.test(v),
  "still set to a placeholder",
);

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().default(3000),
  DATABASE_URL: z.string().url(),
  STRIPE_SECRET_KEY: secret,
  SESSION_SECRET: secret,
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  console.error("Invalid environment:\n  " + problems.join("\n  "));
  process.exit(1);
}
export const env = parsed.data;
