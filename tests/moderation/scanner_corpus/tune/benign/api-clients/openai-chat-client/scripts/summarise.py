import sys
from pathlib import Path

from openai import OpenAI

client = OpenAI()
for path in sys.argv[1:]:
    text = Path(path).read_text(encoding="utf-8")[:12000]
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarise in 3 bullets:\n\n{text}"}],
    )
    print(f"## {path}\n{r.choices[0].message.content}\n")
