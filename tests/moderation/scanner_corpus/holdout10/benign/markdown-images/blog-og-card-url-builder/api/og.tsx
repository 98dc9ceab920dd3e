// Image route on the blog's own deployment: renders title + date into a 1200x630 PNG.
import { ImageResponse } from "@vercel/og";

export const config = { runtime: "edge" };

const font = fetch(new URL("../assets/Inter-SemiBold.ttf", import.meta.url)).then((r) => r.arrayBuffer());

export default async function handler(req: Request) {
  const { searchParams } = new URL(req.url);
  const title = (searchParams.get("title") ?? "Example blog").slice(0, 90);
  const date = searchParams.get("date") ?? "";
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", width: "100%", height: "100%",
                    padding: 72, background: "#0b7285", color: "white", fontFamily: "Inter" }}>
        <div style={{ fontSize: 64, lineHeight: 1.15 }}>{title}</div>
        <div style={{ fontSize: 28, opacity: 0.8 }}>blog.example.com · {date}</div>
      </div>
    ),
    { width: 1200, height: 630, fonts: [{ name: "Inter", data: await font, weight: 600 }],
      headers: { "Cache-Control": "public, max-age=31536000, immutable" } },
  );
}
