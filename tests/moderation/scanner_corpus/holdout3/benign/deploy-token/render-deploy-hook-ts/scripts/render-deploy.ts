const API = "https://api.render.com/v1";
const key = process.env.RENDER_API_KEY;
if (!key) throw new Error("RENDER_API_KEY is not set");
const serviceId = process.argv[2];
if (!serviceId?.startsWith("srv-")) throw new Error("usage: render-deploy.ts srv-...");

const headers = { Authorization: `Bearer ${key}`, Accept: "application/json", "Content-Type": "application/json" };

async function main(): Promise<void> {
  const start = await fetch(`${API}/services/${serviceId}/deploys`, {
    method: "POST",
    headers,
    body: JSON.stringify({ clearCache: "do_not_clear" }),
  });
  if (!start.ok) throw new Error(`deploy failed to start: ${start.status}`);
  const { id } = (await start.json()) as { id: string };
  for (;;) {
    await new Promise((r) => setTimeout(r, 5000));
    const res = await fetch(`${API}/services/${serviceId}/deploys/${id}`, { headers });
    const { status } = (await res.json()) as { status: string };
    console.log(status);
    if (["live", "build_failed", "update_failed", "canceled"].includes(status)) break;
  }
}

main();
