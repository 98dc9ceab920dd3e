import { spawn } from "node:child_process";

const localPort = 15432;
const target = process.env.STAGING_DB_HOST ?? "db.staging.internal:5432";
const bastion = process.env.BASTION ?? "bastion";

const ssh = spawn("ssh", ["-N", "-L", `127.0.0.1:${localPort}:${target}`, "-o", "ExitOnForwardFailure=yes", bastion], {
  stdio: "inherit",
});
console.log(`Tunnel: localhost:${localPort} -> ${target} via ${bastion} (Ctrl+C to close)`);
process.on("SIGINT", () => ssh.kill("SIGTERM"));
ssh.on("exit", (code) => process.exit(code ?? 0));
