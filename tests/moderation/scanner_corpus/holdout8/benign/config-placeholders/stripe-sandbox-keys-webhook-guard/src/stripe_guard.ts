export function assertTestModeOutsideProduction(env = process.env) {
  const key = env.STRIPE_SECRET_KEY ?? "";
  if (env.NODE_ENV !== "production" && /^(sk|rk)_live_/.test(key)) {
    throw new Error("Live Stripe key in a non-production environment; use sk_test_/rk_test_ keys locally");
  }
  if (!key || key.endsWith("replace_me")) {
    throw new Error("STRIPE_SECRET_KEY is not set; copy .env.example to .env and fill in your test key");
  }
}
