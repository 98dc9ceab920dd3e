import type { UserConfig } from "@commitlint/types";
import { readdirSync } from "node:fs";

const scopes = readdirSync("packages", { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const config: UserConfig = {
  extends: ["@commitlint/config-conventional"],
  rules: {
    "scope-enum": [2, "always", [...scopes, "repo", "ci", "deps"]],
    "subject-case": [2, "never", ["sentence-case", "start-case", "pascal-case", "upper-case"]],
    "header-max-length": [2, "always", 72],
    "body-max-line-length": [1, "always", 100],
  },
  helpUrl: "https://www.conventionalcommits.org/en/v1.0.0/",
};

export default config;
