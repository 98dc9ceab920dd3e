"""Side-by-side hex diff of two files around differing regions."""
import argparse


def row(data: bytes, start: int, width: int = 16) -> str:
    chunk = data[start:start + width]
    hexs = " ".join(f"{b:02x}" for b in chunk).ljust(width * 3)
    text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
    return f"{hexs} {text:<{width}}"


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("a"); p.add_argument("b")
    p.add_argument("--context", type=int, default=16)
    p.add_argument("--max", type=int, default=20)
    a = p.parse_args()
    x, y = open(a.a, "rb").read(), open(a.b, "rb").read()
    diffs = [i for i in range(min(len(x), len(y))) if x[i] != y[i]]
    regions, last = [], -10**9
    for i in diffs:
        if i - last > a.context:
            regions.append(i)
        last = i
    for start in regions[: a.max]:
        base = max(0, (start - a.context) // 16 * 16)
        print(f"--- region at 0x{start:08x}")
        for off in range(base, start + a.context + 16, 16):
            marks = "".join("^^ " if off + k < min(len(x), len(y)) and x[off + k] != y[off + k]
                            else "   " for k in range(16))
            print(f"{off:08x}  {row(x, off)} | {row(y, off)}")
            if marks.strip():
                print(" " * 10 + marks)
    print(f"{len(regions)} regions, {len(diffs)} bytes differ; sizes {len(x)} vs {len(y)}")


if __name__ == "__main__":
    main()
