import sys
import pandas as pd
from relatorio.markdown import escrever

arq = sys.argv[1]
df = pd.read_excel(arq) if arq.endswith(".xlsx") else pd.read_csv(arq)
df = df.dropna(subset=["valor"])
por = df.groupby("regiao")["valor"].sum().sort_values(ascending=False)
escrever(df, por)
