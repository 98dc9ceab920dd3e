"""Cotações PTAX do Banco Central do Brasil (API pública de dados abertos)."""
import argparse
import csv
import json
import sys
import urllib.parse
import urllib.request

BASE = "https://olinda.bcb.gov.br/olinda/servico/PTAX/versao/v1/odata/"


def consultar(moeda: str, inicio: str, fim: str) -> list[dict]:
    def br(data: str) -> str:
        a, m, d = data.split("-")
        return f"{m}-{d}-{a}"

    recurso = (
        "CotacaoMoedaPeriodo(moeda=@moeda,dataInicial=@dataInicial,"
        "dataFinalCotacao=@dataFinalCotacao)"
    )
    params = {
        "@moeda": f"'{moeda}'",
        "@dataInicial": f"'{br(inicio)}'",
        "@dataFinalCotacao": f"'{br(fim)}'",
        "$format": "json",
    }
    url = BASE + recurso + "?" + urllib.parse.urlencode(params)
    with urllib.request.urlopen(url, timeout=30) as resp:
        return json.load(resp)["value"]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--moeda", default="USD")
    p.add_argument("--inicio", required=True)
    p.add_argument("--fim", required=True)
    p.add_argument("--csv")
    a = p.parse_args()
    linhas = consultar(a.moeda, a.inicio, a.fim)
    if a.csv:
        with open(a.csv, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["data", "compra", "venda", "boletim"])
            for l in linhas:
                w.writerow([l["dataHoraCotacao"], l["cotacaoCompra"], l["cotacaoVenda"],
                            l["tipoBoletim"]])
    else:
        for l in linhas:
            print(l["dataHoraCotacao"], l["cotacaoCompra"], l["cotacaoVenda"], sep="\t")


if __name__ == "__main__":
    sys.exit(main())
