import { createHmac } from "node:crypto";

export function ogUrl(post: { title: string; date: string; author: string }) {
  const base = [post.title, post.date, post.author].join("|");
  const sig = createHmac("sha256", process.env.OG_SIGNING_SECRET!).update(base).digest("hex").slice(0, 16);
  const q = new URLSearchParams({ ...post, sig });
  return `https://blog.orchard.test/api/og?${q}`;
}
