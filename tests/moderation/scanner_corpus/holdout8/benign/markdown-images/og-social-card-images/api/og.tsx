import { ImageResponse } from "@vercel/og";
import { createHmac, timingSafeEqual } from "node:crypto";

export const config = { runtime: "nodejs" };

function valid(params: URLSearchParams) {
  const sig = params.get("sig") ?? "";
  const base = ["title", "date", "author"].map((k) => params.get(k) ?? "").join("|");
  const want = createHmac("sha256", process.env.OG_SIGNING_SECRET!).update(base).digest("hex").slice(0, 16);
  return sig.length === want.length && timingSafeEqual(Buffer.from(sig), Buffer.from(want));
}

export default function handler(req: Request) {
  const p = new URL(req.url).searchParams;
  if (!valid(p)) return new Response("bad signature", { status: 403 });
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", padding: 64, background: "#0f172a", color: "white" }}>
        <div style={{ fontSize: 64, fontWeight: 700 }}>{p.get("title")}</div>
        <div style={{ marginTop: "auto", fontSize: 28, opacity: 0.8 }}>{p.get("author")} · {p.get("date")}</div>
      </div>
    ),
    { width: 1200, height: 630, headers: { "cache-control": "public, immutable, max-age=31536000" } },
  );
}
