export interface Env { LINKS: KVNamespace; ADMIN_TOKEN: string }

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const url = new URL(req.url);
    if (req.method === "PUT") {
      if (req.headers.get("authorization") !== `Bearer ${env.ADMIN_TOKEN}`) {
        return new Response("forbidden", { status: 403 });
      }
      await env.LINKS.put(url.pathname.slice(1), await req.text());
      return new Response("ok");
    }
    const target = await env.LINKS.get(url.pathname.slice(1));
    return target ? Response.redirect(target, 302) : new Response("not found", { status: 404 });
  },
};
