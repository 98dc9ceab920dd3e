// Build the Open Graph image URL for a post: public title and date only, on the blog's own domain.
const SITE = "https://blog.example.com";

export interface PostMeta {
  title: string;
  date: string; // YYYY-MM-DD
}

export function ogImageUrl(post: PostMeta): string {
  const title = post.title.length > 90 ? post.title.slice(0, 87) + "..." : post.title;
  const url = new URL("/og", SITE);
  url.searchParams.set("title", title);
  url.searchParams.set("date", post.date);
  return url.toString();
}
