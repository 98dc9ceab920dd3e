import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_API_KEY ?? "sk_test_placeholder");

export default async function handler(req: Request): Promise<Response> {
  const body = await req.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, req.headers.get("stripe-signature") ?? "", process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response("bad signature", { status: 400 });
  }
  if (event.type !== "payout.paid" && event.type !== "payout.failed") return new Response(null, { status: 204 });

  const payout = event.data.object as Stripe.Payout;
  const amount = new Intl.NumberFormat("en", { style: "currency", currency: payout.currency.toUpperCase() }).format(payout.amount / 100);
  const date = new Date(payout.arrival_date * 1000).toISOString().slice(0, 10);
  const text = event.type === "payout.paid"
    ? `:moneybag: Payout of ${amount} arriving on ${date}`
    : `:warning: Payout of ${amount} FAILED (${payout.failure_code ?? "unknown"})`;

  await fetch(process.env.SLACK_WEBHOOK_URL!, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  return new Response(null, { status: 204 });
}
