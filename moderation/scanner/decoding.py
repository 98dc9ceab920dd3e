"""Decode-then-execute in any encoding: encoded payloads are decoded and the result is checked.

Long base64, hex, `\\xNN`/octal escape runs and `chr()`/`String.fromCharCode` lists are decoded
(bounded: the first few per file, a few KB each); when the plain text holds a dangerous command
(a download piped to a shell, a reverse shell, a credential send, a destructive delete) the
finding names what was hidden. Decoding something harmless (an image, a font) reports nothing.
The parsers in code_*.py separately catch decoded data flowing into exec/eval/sh.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import re

from . import lexicon as L
from . import patterns as P
from . import rx
from .collect import Collector
from .findings import Severity
from .reading import SkillFile
from .steps import teaching_at

_MAX_BLOBS = 20
_MAX_BLOB = 16 * 1024
_B64 = rx.compile(r"[A-Za-z0-9+/]{24,}={0,2}|[A-Za-z0-9_-]{24,}={0,2}")
_HEXRUN = rx.compile(
    r"(?:\\x[0-9a-fA-F]{2}){6,}|(?:\\[0-7]{3}){6,}|(?:\\u[0-9a-fA-F]{4}){6,}"
    r"|\b(?:[0-9a-fA-F]{2}){12,}\b"
)
_CHARCODES = rx.compile(r"(?:\d{2,3}\s*,\s*){6,}\d{2,3}")
_DANGER = rx.compile(
    r"\b(?:curl|wget)\b[^\n]*\|\s*(?:ba|z)?sh\b|/dev/tcp/|\bnc\s+-e\b|\bbash\s+-i\b"
    r"|\brm\s+-rf\s+(?:/|~|\$HOME)|\bexec\s*\(|\beval\s*\(|\bos\.system\b|\bsubprocess\b"
    r"|\b(?:curl|wget)\b[^\n]*(?:-d\b|--data|-F\b|--upload)|\.ssh/|\.aws/|authorized_keys"
    r"|\bcrontab\b|\bpowershell\b|\binvoke-expression\b|\biex\b|https?://",
    0,
)


def _decodings(blob: str) -> list[str]:
    out: list[str] = []
    raw = blob.strip()
    if raw.startswith("\\u") and len(raw) > 8:
        with contextlib.suppress(ValueError, UnicodeError):
            out.append(raw.encode("ascii", "ignore").decode("unicode_escape"))
    elif raw.startswith(("\\x", "\\")) and len(raw) > 8:
        with contextlib.suppress(ValueError, UnicodeError):
            plain = codecs.escape_decode(raw.encode("latin-1", "ignore"))[0]
            out.append(plain.decode("utf-8", "ignore"))
    elif all(c in "0123456789abcdefABCDEF" for c in raw) and len(raw) % 2 == 0:
        with contextlib.suppress(binascii.Error, ValueError):
            out.append(binascii.unhexlify(raw).decode("utf-8", "ignore"))
    elif "," in raw:
        with contextlib.suppress(ValueError):
            out.append("".join(chr(int(x)) for x in raw.split(",") if 0 < int(x) < 0x110000))
    else:
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                data = decode(raw + "=" * (-len(raw) % 4))
            except (binascii.Error, ValueError):
                continue
            text = data.decode("utf-8", "ignore")
            if text and sum(c.isprintable() or c in "\n\t" for c in text) > 0.9 * len(text):
                out.append(text)
                break
    return out


_SH_ASSIGN = rx.compile(
    r"(?:^|[;\s])([A-Za-z_]\w*)=((?:\"[^\"\n]*\"|'[^'\n]*'|[^\s;'\"`$()|&<>]+)+)", 0
)
_SH_EVAL = rx.compile(r"\beval\s+(\"[^\"\n]{1,500}\"|'[^'\n]{1,500}'|[^\n;]{1,500})", 0)
_SH_VAR = re.compile(r"\$\{?([A-Za-z_]\w*)\}?")


def check_assembled(f: SkillFile, out: Collector) -> None:
    """A command put together from variables and then `eval`-ed (`a=cu; b=rl; eval "$a$b ..."`):
    the pieces are joined back and the whole is checked like a decoded payload."""
    text = f.text
    if "eval " not in text or "=" not in text or len(text) > 256 * 1024:
        return
    if _SH_EVAL.search(text) is None:
        return
    values: dict[str, str] = {}
    for m in _SH_ASSIGN.finditer(text):
        if len(values) >= 200:
            break
        values[m.group(1)] = m.group(2).replace('"', "").replace("'", "")[:200]
    if not values:
        return
    for m in _SH_EVAL.finditer(text):
        arg = m.group(1).strip("\"'")
        plain = _SH_VAR.sub(lambda v: values.get(v.group(1), v.group()), arg)
        if plain == arg:
            continue
        d = _danger(plain)
        if d is None:
            continue
        sev = Severity.LOW if teaching_at(f, m.start()) else Severity.CRITICAL
        out.at(
            "exec.decode-and-run", sev, f, m.start(), m.end(),
            f"evaluates a command assembled from variables: {plain[:100]!r}",
        )  # fmt: skip
        return


def _danger(plain: str):
    """The first dangerous thing in decoded text; a bare URL counts only beside a send."""
    url = None
    for d in _DANGER.finditer(plain[:_MAX_BLOB]):
        if not d.group().startswith("http"):
            return d
        url = url or d
    return url if url is not None and L.SINK_COMMAND.search(plain) else None


def check_decoded(f: SkillFile, out: Collector) -> None:
    if f.binary:
        return
    check_assembled(f, out)
    text = f.text
    seen = 0
    for finder in (_B64, _HEXRUN, _CHARCODES):
        for m in finder.finditer(text):
            blob = m.group()
            if len(blob) > _MAX_BLOB or blob.startswith(("iVBORw0KGgo", "/9j/", "R0lGOD", "AAAA")):
                continue
            if blob.isalpha() or blob.isdigit():  # a long word or number, not an encoding
                continue
            seen += 1
            if seen > _MAX_BLOBS:
                return
            for plain in _decodings(blob):
                d = _danger(plain)
                if d is None:
                    continue
                line_start = text.rfind("\n", 0, m.start()) + 1
                line_end = text.find("\n", m.end())
                line = text[line_start : len(text) if line_end == -1 else line_end]
                runs = P.DECODE_HINT.search(line)
                sev = Severity.CRITICAL if (runs or f.is_code) else Severity.HIGH
                if teaching_at(f, m.start()):
                    sev = Severity.LOW  # a catalogue of attacks quoting an encoded payload
                out.at(
                    "exec.decode-and-run", sev, f, m.start(), m.end(),
                    f"an encoded payload that decodes to {plain[max(0, d.start() - 20) : d.end() + 40]!r}",
                )  # fmt: skip
                break
