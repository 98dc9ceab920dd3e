import express from "express";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const secret = process.env.STRIPE_WEBHOOK_SECRET; // e.g. whsec_REPLACE_WITH_YOUR_SECRET
const app = express();

app.post("/webhooks/stripe", express.raw({ type: "application/json" }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], secret);
  } catch (err) {
    return res.status(400).send(`Webhook signature verification failed: ${err.message}`);
  }
  res.sendStatus(200);
  queueMicrotask(() => handle(event));
});

function handle(event) {
  if (event.type === "payment_intent.succeeded") {
    console.log("paid", event.data.object.id);
  }
}

app.listen(3000);
