const WebSocket = require("ws");
const ws = new WebSocket(process.argv[2]);
ws.on("open", () => ws.send("ping"));
ws.on("message", (m) => {
  console.log("reply:", m.toString());
  ws.close();
});
ws.on("error", (e) => console.error("error:", e.message));
