const { Client } = require("ssh2");
const fs = require("fs");

const [user, pubFile] = process.argv.slice(2);
if (!/^[a-z][a-z0-9-]{2,30}$/.test(user || "")) throw new Error("bad user name");
const pub = fs.readFileSync(pubFile, "utf8").trim();
if (!/^ssh-(ed25519|rsa) [A-Za-z0-9+/=]+/.test(pub)) throw new Error("not a public key");

const script = [
  `sudo useradd -m -g sftponly -s /usr/sbin/nologin ${user}`,
  `sudo install -d -m 700 -o ${user} -g sftponly /home/${user}/.ssh`,
  `echo '${pub}' | sudo tee /home/${user}/.ssh/authorized_keys >/dev/null`,
  `sudo chown ${user}:sftponly /home/${user}/.ssh/authorized_keys`,
  `sudo chmod 600 /home/${user}/.ssh/authorized_keys`,
].join(" && ");

const conn = new Client();
conn
  .on("ready", () => {
    conn.exec(script, (err, stream) => {
      if (err) throw err;
      stream.on("close", (code) => { console.log(`done (exit ${code})`); conn.end(); });
      stream.stderr.pipe(process.stderr);
    });
  })
  .connect({ host: "files.example.org", username: "admin", agent: process.env.SSH_AUTH_SOCK });
