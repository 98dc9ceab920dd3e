import { createServer } from "node:http";

const port = 8976;
const clientId = process.env.CWS_CLIENT_ID!;
console.log(`open: https://accounts.google.com/o/oauth2/auth?response_type=code&access_type=offline&prompt=consent&scope=https://www.googleapis.com/auth/chromewebstore&client_id=${clientId}&redirect_uri=http://127.0.0.1:${port}`);
createServer(async (req, res) => {
  const code = new URL(req.url!, `http://127.0.0.1:${port}`).searchParams.get("code");
  const r = await fetch("https://oauth2.googleapis.com/token", {
    method: "POST",
    body: new URLSearchParams({ code: code!, client_id: clientId, client_secret: process.env.CWS_CLIENT_SECRET!, redirect_uri: `http://127.0.0.1:${port}`, grant_type: "authorization_code" }),
  }).then((x) => x.json());
  console.log("refresh token (store it as CWS_REFRESH_TOKEN):", r.refresh_token);
  res.end("done, you can close this tab");
  process.exit(0);
}).listen(port, "127.0.0.1");
