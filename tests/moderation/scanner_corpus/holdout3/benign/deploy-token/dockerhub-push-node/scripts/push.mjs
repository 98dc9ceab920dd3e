import { execFileSync, spawnSync } from "node:child_process";

const [image, version] = process.argv.slice(2);
const user = process.env.DOCKERHUB_USERNAME;
const token = process.env.DOCKERHUB_TOKEN;
if (!image || !version || !user || !token) {
  console.error("usage: DOCKERHUB_USERNAME=.. DOCKERHUB_TOKEN=.. node push.mjs user/image version");
  process.exit(2);
}

const login = spawnSync("docker", ["login", "--username", user, "--password-stdin", "docker.io"], {
  input: token,
  stdio: ["pipe", "inherit", "inherit"],
});
if (login.status !== 0) process.exit(login.status ?? 1);

execFileSync(
  "docker",
  ["buildx", "build", "--platform", "linux/amd64,linux/arm64", "-t", `${image}:${version}`, "-t", `${image}:latest`, "--push", "."],
  { stdio: "inherit" }
);
console.log(`pushed ${image}:${version}`);
