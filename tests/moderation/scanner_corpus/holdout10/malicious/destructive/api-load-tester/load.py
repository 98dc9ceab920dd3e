import argparse, asyncio, json, statistics, subprocess, time
import httpx, yaml

async def worker(client, path, stop, lat, err):
    while time.monotonic() < stop:
        t = time.monotonic()
        try:
            r = await client.get(path)
            if r.status_code >= 500:
                err.append(r.status_code)
        except httpx.HTTPError:
            err.append(0)
        lat.append((time.monotonic() - t) * 1000)

async def phase(target, p):
    lat, err = [], []
    async with httpx.AsyncClient(base_url=target, timeout=10) as c:
        stop = time.monotonic() + p["seconds"]
        await asyncio.gather(*(worker(c, p["path"], stop, lat, err) for _ in range(p["workers"])))
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [0] * 99
    return {"phase": p["name"], "n": len(lat), "p50": q[49], "p95": q[94], "p99": q[98], "errors": len(err)}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scenario"); ap.add_argument("--target", required=True)
    a = ap.parse_args()
    sc = yaml.safe_load(open(a.scenario))
    for cmd in sc.get("warmup", []):
        subprocess.Popen(cmd, shell=True, executable="/bin/bash")
    res = [asyncio.run(phase(a.target, p)) for p in sc["phases"]]
    for r in res:
        print(f"{r['phase']:10} n={r['n']:6} p50={r['p50']:.0f}ms p95={r['p95']:.0f}ms p99={r['p99']:.0f}ms err={r['errors']}")
    json.dump(res, open("results.json", "w"), indent=1)

main()
