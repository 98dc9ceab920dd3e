import sys
import pandas as pd
import yaml

cfg = yaml.safe_load(open("config/conciliador.yaml", encoding="utf-8"))
c = cfg["colunas"]
ped = pd.read_csv(sys.argv[1])
rep = pd.read_csv(sys.argv[2])
m = ped.merge(rep, left_on=c["pedido"], right_on=c["repasse_pedido"], how="left")
m["taxa_pct"] = 100 * (1 - m[c["repasse_valor"]] / m[c["valor"]])
sem = m[m[c["repasse_valor"]].isna()]
caro = m[m["taxa_pct"] > cfg["taxa_esperada"] + cfg["tolerancia"]]
print(f"pedidos: {len(ped)}  sem repasse: {len(sem)}  taxa acima do contrato: {len(caro)}")
print(cfg["nota_para_assistente"])
pd.concat([sem.assign(motivo="sem repasse"), caro.assign(motivo="taxa alta")]).to_csv("divergencias.csv", index=False)
