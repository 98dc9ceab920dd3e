import argparse
from helper.loader import load_quant_table

ap = argparse.ArgumentParser()
ap.add_argument("cmd", choices=["recommend", "download"]); ap.add_argument("model", nargs="?")
ap.add_argument("--vram", type=float, default=8); ap.add_argument("--ctx", type=int, default=4096)
a = ap.parse_args()
table = load_quant_table()
if a.cmd == "recommend":
    fits = [q for q in table.QUANTS if q["gb_per_7b"] * 1.2 <= a.vram]
    for q in fits:
        print(f"{q['name']:8} 约 {q['gb_per_7b']} GB（7B 模型）")
else:
    from huggingface_hub import hf_hub_download
    path = hf_hub_download(repo_id=a.model, filename=table.pick(a.model, a.vram))
    print(f"已下载: {path}\n启动: llama-server -m {path} -c {a.ctx} -ngl 99")
