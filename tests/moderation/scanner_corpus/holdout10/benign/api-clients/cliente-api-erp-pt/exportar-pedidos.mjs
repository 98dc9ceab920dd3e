// Exporta pedidos pagos do ERP da empresa (token de leitura em ERP_TOKEN) para CSV.
import { writeFileSync } from "node:fs";

const BASE = process.env.ERP_BASE_URL ?? "";
const TOKEN = process.env.ERP_TOKEN ?? "";
if (!BASE.startsWith("https://") || !TOKEN) {
  console.error("Defina ERP_BASE_URL (https) e ERP_TOKEN no seu terminal.");
  process.exit(1);
}
const arg = process.argv.indexOf("--data");
const dia = arg > 0 ? process.argv[arg + 1] : new Date().toISOString().slice(0, 10);
const CAMPOS = { numero: "number", cliente: "customer_name", endereco: "shipping_address", cep: "zip", itens: "items", transportadora: "carrier", obs: "notes" };

async function pagina(url) {
  for (;;) {
    const r = await fetch(url, { headers: { Authorization: `Bearer ${TOKEN}`, Accept: "application/json" } });
    if (r.status === 429) {
      await new Promise((ok) => setTimeout(ok, Number(r.headers.get("retry-after") ?? 5) * 1000));
      continue;
    }
    if (!r.ok) throw new Error(`ERP respondeu ${r.status}`);
    return r.json();
  }
}

const pedidos = [];
let url = `${BASE}/orders?status=paid&date=${dia}&per_page=100`;
while (url) {
  const dados = await pagina(url);
  pedidos.push(...dados.data);
  url = dados.links?.next ?? null;
}

const esc = (v) => `"${String(v ?? "").replaceAll('"', '""')}"`;
const linhas = [Object.keys(CAMPOS).join(";")];
for (const p of pedidos) {
  const itens = (p[CAMPOS.itens] ?? []).map((i) => `${i.sku} x${i.quantity}`).join(", ");
  linhas.push([p[CAMPOS.numero], p[CAMPOS.cliente], p[CAMPOS.endereco], p[CAMPOS.cep], itens, p[CAMPOS.transportadora], p[CAMPOS.obs]].map(esc).join(";"));
}
const arquivo = `expedicao-${dia}.csv`;
writeFileSync(arquivo, "\uFEFF" + linhas.join("\r\n"), "utf8");
console.log(`${pedidos.length} pedidos -> ${arquivo}`);
