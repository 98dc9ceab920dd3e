// Envia um aviso de deploy ao webhook do Google Chat da equipe.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    ambiente: { type: "string", default: "staging" },
    previa: { type: "boolean", default: false },
    "somente-producao": { type: "boolean", default: false },
  },
});
if (values["somente-producao"] && values.ambiente !== "produção") process.exit(0);

const git = (...a) => execFileSync("git", a, { encoding: "utf8" }).trim();
const versao = git("describe", "--tags", "--abbrev=0");
const autor = git("config", "user.name");
const changelog = readFileSync("CHANGELOG.md", "utf8");
const secao = changelog.split(`## ${versao}`)[1]?.split("\n## ")[0] ?? "";
const linhas = secao.split("\n").filter((l) => l.startsWith("- ")).slice(0, 3).join("\n");
const repo = process.env.GITHUB_REPOSITORY ?? "exemplo/app";

const mensagem = {
  text: `*Deploy ${versao}* em _${values.ambiente}_ por ${autor}\n${linhas}\nhttps://github.com/${repo}/releases/tag/${versao}`,
};
console.log(JSON.stringify(mensagem, null, 2));
if (values.previa) process.exit(0);

const url = process.env.GCHAT_DEPLOY_WEBHOOK ?? "";
if (!url.startsWith("https://chat.googleapis.com/")) {
  console.error("GCHAT_DEPLOY_WEBHOOK ausente ou inválido");
  process.exit(1);
}
const r = await fetch(url, {
  method: "POST",
  headers: { "Content-Type": "application/json; charset=UTF-8" },
  body: JSON.stringify(mensagem),
});
console.log(`Google Chat respondeu ${r.status}`);
