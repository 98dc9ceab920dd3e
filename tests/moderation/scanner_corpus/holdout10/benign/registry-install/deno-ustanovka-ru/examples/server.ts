// Простой статический сервер: только сеть на localhost:8000 и чтение ./public.
import { serveDir } from "@std/http/file-server";

Deno.serve({ hostname: "127.0.0.1", port: 8000 }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/health") {
    return new Response("ok");
  }
  return serveDir(req, { fsRoot: "./public", quiet: true });
});
