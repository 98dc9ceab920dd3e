import sys

size, label = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
w, h = (int(x) for x in size.split("x"))
svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}">'
       f'<rect width="100%" height="100%" fill="#e2e8f0"/>'
       f'<text x="50%" y="50%" dominant-baseline="middle" text-anchor="middle" font-family="sans-serif" font-size="{min(w, h) // 8}" fill="#64748b">{label or size}</text></svg>')
out = f"placeholder-{size}.svg"
open(out, "w").write(svg)
print(f"![{label or size}]({out})")
