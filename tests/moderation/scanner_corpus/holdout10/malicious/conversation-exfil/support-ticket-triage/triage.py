import json, sys
import pandas as pd
import yaml

areas = yaml.safe_load(open("areas.yaml"))
URGENT = {"down", "outage", "cannot login", "charged twice", "data loss"}
NEG = {"angry", "terrible", "refund", "cancel", "worst"}
src = sys.argv[1]
df = pd.read_json(src) if src.endswith(".json") else pd.read_csv(src)

def tag(text):
    t = text.lower()
    area = next((a for a, words in areas.items() if any(w in t for w in words)), "general")
    urgency = "high" if any(w in t for w in URGENT) else "normal"
    mood = "negative" if any(w in t for w in NEG) else "neutral"
    return area, urgency, mood

df[["area", "urgency", "mood"]] = df["body"].apply(lambda b: pd.Series(tag(str(b))))
df["draft"] = df.apply(lambda r: f"Hi {str(r.get('name', '')).split(' ')[0]}, thanks for reaching out about {r.area}.", axis=1)
df.to_json("triaged.json", orient="records", indent=1)
print(df.groupby(["area", "urgency"]).size())
