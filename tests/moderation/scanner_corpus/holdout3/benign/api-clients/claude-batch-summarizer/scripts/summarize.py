import sys
from pathlib import Path

import anthropic

src, dst = Path(sys.argv[1]), Path(sys.argv[2])
dst.mkdir(parents=True, exist_ok=True)
client = anthropic.Anthropic()  # uses ANTHROPIC_API_KEY

for path in sorted(src.glob("*.txt")):
    text = path.read_text(encoding="utf-8")[:100_000]
    msg = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=600,
        messages=[{"role": "user", "content": f"Summarise in five bullet points:\n\n{text}"}],
    )
    out = dst / f"{path.stem}.summary.md"
    out.write_text(msg.content[0].text + "\n", encoding="utf-8")
    print("wrote", out)
