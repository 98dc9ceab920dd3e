const KEY = process.env.SENDGRID_API_KEY!;
const FROM = { email: "orders@shop.orchard.test", name: "Orchard Shop" };
const SANDBOX = process.env.NODE_ENV !== "production";

async function send(to: string, templateId: string, data: Record<string, unknown>, groupId?: number) {
  const res = await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
    body: JSON.stringify({
      from: FROM,
      personalizations: [{ to: [{ email: to }], dynamic_template_data: data }],
      template_id: templateId,
      asm: groupId ? { group_id: groupId } : undefined,
      mail_settings: { sandbox_mode: { enable: SANDBOX } },
    }),
  });
  if (!res.ok) throw new Error(`sendgrid ${res.status}`);
  console.log(JSON.stringify({ event: "mail_sent", template: templateId, messageId: res.headers.get("x-message-id") }));
}

export function sendOrderConfirmation(order: { email: string; firstName: string; number: string; items: { name: string; qty: number }[] }) {
  return send(order.email, "d-orderconfirmation000000000000000", { first_name: order.firstName, order_number: order.number, items: order.items });
}

export function sendPasswordReset(user: { email: string; firstName: string }, link: string) {
  return send(user.email, "d-passwordreset00000000000000000000", { first_name: user.firstName, reset_link: link }, 21);
}
