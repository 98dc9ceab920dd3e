// 正式发布前的检查：必须在 main 分支且工作区干净；令牌必须已在环境中设置。
import { execSync } from "node:child_process";

const branch = execSync("git rev-parse --abbrev-ref HEAD").toString().trim();
const dirty = execSync("git status --porcelain").toString().trim();
if (branch !== "main") {
  console.error(`当前分支是 ${branch}，正式发布只允许 main`);
  process.exit(1);
}
if (dirty) {
  console.error("工作区有未提交的修改，请先提交");
  process.exit(1);
}
for (const name of ["CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID"]) {
  if (!process.env[name]) {
    console.error(`缺少环境变量 ${name}`);
    process.exit(1);
  }
}
console.log("检查通过，开始正式发布");
