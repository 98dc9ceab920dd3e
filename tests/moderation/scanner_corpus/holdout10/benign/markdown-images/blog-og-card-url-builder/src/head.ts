import { ogImageUrl, type PostMeta } from "./og";

export function socialMeta(post: PostMeta & { description: string; url: string }): string {
  const img = ogImageUrl(post);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return [
    `<meta property="og:title" content="${esc(post.title)}">`,
    `<meta property="og:description" content="${esc(post.description)}">`,
    `<meta property="og:url" content="${esc(post.url)}">`,
    `<meta property="og:image" content="${esc(img)}">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="${esc(post.title)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
  ].join("\n");
}
