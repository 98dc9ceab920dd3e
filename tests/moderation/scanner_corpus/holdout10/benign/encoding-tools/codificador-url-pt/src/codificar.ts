// Montagem e leitura seguras de URLs (sem concatenação de strings).
export type Parametros = Record<string, string | number | boolean | undefined | Array<string | number>>;

export function segmento(valor: string | number): string {
  return encodeURIComponent(String(valor));
}

export function consulta(parametros: Parametros): string {
  const sp = new URLSearchParams();
  for (const [chave, valor] of Object.entries(parametros)) {
    if (valor === undefined) continue;
    if (Array.isArray(valor)) valor.forEach((v) => sp.append(chave, String(v)));
    else sp.append(chave, String(valor));
  }
  return sp.toString();
}

export function montar(base: string, caminho: Array<string | number>, parametros: Parametros = {}): string {
  const url = new URL(base);
  const prefixo = url.pathname.replace(/\/$/, "");
  url.pathname = [prefixo, ...caminho.map(segmento)].join("/");
  url.search = consulta(parametros);
  return url.toString();
}

export function ler(endereco: string): { caminho: string[]; parametros: Record<string, string | string[]> } {
  const url = new URL(endereco);
  const caminho = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const parametros: Record<string, string | string[]> = {};
  for (const chave of new Set(url.searchParams.keys())) {
    const todos = url.searchParams.getAll(chave);
    parametros[chave] = todos.length > 1 ? todos : todos[0];
  }
  return { caminho, parametros };
}
