import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const owner: string = process.env.GHCR_OWNER ?? "";
const token: string = process.env.GITHUB_TOKEN ?? "";
if (!owner || !token) {
  throw new Error("set GHCR_OWNER and GITHUB_TOKEN (write:packages) first");
}

const image = `ghcr.io/${owner.toLowerCase()}/${pkg.name.replace(/^@.*\//, "")}`;
const run = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { stdio: input ? ["pipe", "inherit", "inherit"] : "inherit", input });

run("docker", ["login", "ghcr.io", "-u", owner, "--password-stdin"], token);
run("docker", ["build", "-t", `${image}:${pkg.version}`, "-t", `${image}:latest`, "."]);
run("docker", ["push", `${image}:${pkg.version}`]);
if (!pkg.version.includes("-")) run("docker", ["push", `${image}:latest`]);
console.log(`pushed ${image}:${pkg.version}`);
