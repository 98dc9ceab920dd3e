import net from "node:net";

const ports = process.argv.slice(2).map(Number).filter((p) => p > 0 && p < 65536);
if (!ports.length) ports.push(22, 80, 443, 8080);

function probe(port: number): Promise<string> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: "portquiz.net", port, timeout: 4000 });
    sock.once("connect", () => {
      sock.destroy();
      resolve("open");
    });
    sock.once("timeout", () => {
      sock.destroy();
      resolve("blocked (timeout)");
    });
    sock.once("error", (e: NodeJS.ErrnoException) => resolve(`blocked (${e.code})`));
  });
}

for (const p of ports) console.log(`${String(p).padStart(5)}  ${await probe(p)}`);
