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
from itertools import islice

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
    r"|\bcrontab\b|(?i:\bpowershell\b|\binvoke-expression\b|\biex\b|\.downloadstring\b)|https?://",
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
        if _B32_ALPHABET.fullmatch(raw) and len(raw.rstrip("=")) >= 16:
            with contextlib.suppress(binascii.Error, ValueError):
                text = _text_of(base64.b32decode(raw + "=" * (-len(raw) % 8)))
                if _printable(text):
                    return [text]
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                data = decode(raw + "=" * (-len(raw) % 4))
            except (binascii.Error, ValueError):
                continue
            text = _text_of(data)
            if _printable(text):
                out.append(text)
                break
    return out


_B32_ALPHABET = re.compile(r"[A-Z2-7]+=*")


def _text_of(data: bytes) -> str:
    """Decoded bytes as text: UTF-16LE when every other byte is NUL (PowerShell's
    -EncodedCommand), UTF-8 otherwise."""
    if len(data) >= 8 and data[1::2].count(0) >= 0.9 * (len(data) // 2):
        return data.decode("utf-16-le", "ignore")
    return data.decode("utf-8", "ignore")


def _printable(text: str) -> bool:
    return bool(text) and sum(c.isprintable() or c in "\n\t" for c in text) > 0.9 * len(text)


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
    check_reversed(f, out)
    check_decoder_pipe(f, out)
    check_decoded_run(f, out)
    text = f.text
    seen = 0
    for finder in (_B64, _HEXRUN, _CHARCODES):
        prev: rx.Match | None = None
        prev_found = True
        for m in finder.finditer(text):
            blob = m.group()
            if len(blob) > _MAX_BLOB or blob.startswith(("iVBORw0KGgo", "/9j/", "R0lGOD", "AAAA")):
                continue
            if blob.isalpha() or blob.isdigit():  # a long word or number, not an encoding
                continue
            seen += 1
            if seen > _MAX_BLOBS:
                return
            found = _report_blob(f, out, m.start(), m.end(), blob)
            if not found and not prev_found and prev is not None and _joins(text, prev, m):
                # a payload split into pieces that are joined at run time (`hdr + trl`)
                found = _report_blob(f, out, prev.start(), m.end(), prev.group() + blob)
            prev, prev_found = m, found


_JOIN_GAP = re.compile(r"[\s\"'`+,.()\[\]\w=:;&$]{0,60}")


def _joins(text: str, a, b) -> bool:
    """Two encoded pieces close enough to be one string cut in two: only quotes, `+`, commas,
    a short assignment or a line break between them."""
    gap = text[a.end() : b.start()]
    return gap.count("\n") <= 2 and _JOIN_GAP.fullmatch(gap) is not None


def _report_blob(f: SkillFile, out: Collector, start: int, end: int, blob: str) -> bool:
    text = f.text
    if text.startswith(("...", "\u2026"), end):
        return True  # `-enc SQBFAFgA...`: an elided payload quoted, nothing whole to run
    for plain in _decodings(blob):
        d = _danger(plain)
        if d is None:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        runs = P.DECODE_HINT.search(line) or _DECODER_WORD.search(line)
        sev = Severity.CRITICAL if (runs or f.is_code) else Severity.HIGH
        if teaching_at(f, start):
            sev = Severity.LOW  # a catalogue of attacks quoting an encoded payload
        out.at(
            "exec.decode-and-run", sev, f, start, end,
            f"an encoded payload that decodes to {plain[max(0, d.start() - 20) : d.end() + 40]!r}",
        )  # fmt: skip
        return True
    return False


# -- decode-then-execute by structure, whatever the encoding --------------------------------------
_DECODER_WORD = re.compile(
    r"\b(?:base32|basenc|base64|xxd|uudecode|b32decode|b64decode|DecodeString|FromBase64String|"
    r"EncodedCommand|atob|unhexlify|fromhex)\b",
    re.IGNORECASE,
)
_DECODER_PIPE = rx.compile(
    r"\b(?:base32\s+(?:-\w+\s+)*(?:-d|--decode)|basenc\s+[^|\n]*(?:-d|--decode)"
    r"|uudecode\b[^|\n]*|gunzip\s+-c|gzip\s+-d\w*|zcat"
    r"|tr\s+['\"]?(?:A-Za-z|a-zA-Z)['\"]?\s+['\"]?(?:N-ZA-Mn-za-m|n-za-mN-ZA-M)['\"]?"
    r"|rev)\b[^\n]{0,200}?\|\s*(?:sudo\s+)?(?:(?:ba|z|k|da)?sh|python[0-9.]*|perl|ruby|node|php|"
    r"pwsh|powershell|iex|source\s+/dev/stdin)\b",
    0,
)


def check_decoder_pipe(f: SkillFile, out: Collector) -> None:
    """Any decoder's output piped into an interpreter (`base32 -d x | sh`, `zcat x | bash`,
    `tr 'A-Za-z' 'N-ZA-M' | sh`, `rev | sh`): the text that runs is not the text shown.
    (`base64 -d | sh` and `xxd -r | sh` are the pattern stage's DECODE_AND_RUN.)"""
    text = f.text
    if "|" not in text:
        return
    for m in _DECODER_PIPE.finditer(text):
        if text.startswith(" -m", m.end()):
            continue  # `| python -m json.tool`: a module reading the data, not running it
        sev = Severity.LOW if teaching_at(f, m.start()) else Severity.CRITICAL
        out.at(
            "exec.decode-and-run", sev, f, m.start(), m.end(),
            "decodes (or unscrambles) data and pipes the result into an interpreter",
        )  # fmt: skip
        return


_REVERSED_URL = re.compile(r"//:s?ptth")
_LITERAL_AROUND = re.compile(r"`[^`\n]{8,400}`|\"[^\"\n]{8,400}\"|'[^'\n]{8,400}'")


def check_reversed(f: SkillFile, out: Collector) -> None:
    """A command written backwards (`hsab | hs.x/moc.y//:sptth s- lruc`): no honest text spells a
    URL in reverse; the literal is reversed and checked like a decoded payload."""
    text = f.text
    if "//:" not in text:
        return
    for m in _REVERSED_URL.finditer(text):
        ls, le = f.line_bounds(m.start())
        line = text[ls:le]
        literal = next(
            (x for x in _LITERAL_AROUND.finditer(line) if x.start() <= m.start() - ls < x.end()),
            None,
        )
        chunk = literal.group()[1:-1] if literal is not None else line
        plain = chunk[::-1]
        d = _danger(plain)
        if d is None and not re.search(r"\b(?:curl|wget|iwr|irm)\b", plain):
            continue
        sev = Severity.LOW if teaching_at(f, m.start()) else Severity.CRITICAL
        out.at(
            "exec.decode-and-run", sev, f, ls, le,
            f"a command written backwards: {plain[:100]!r}",
        )  # fmt: skip
        return


_DECODED_ASSIGN = re.compile(
    r"(?:^|[\s;(,])\$?([A-Za-z_]\w*)(?:\s*,\s*[A-Za-z_]\w*)?\s*(?::=|=)(?!=)[^\n]{0,160}?"
    r"\b(?:b64decode|b32decode|b85decode|a85decode|urlsafe_b64decode|decodebytes|DecodeString|"
    r"FromBase64String|atob|unhexlify|fromhex|decompress|codecs\.decode|"
    r"Buffer\.from\([^)\n]*['\"](?:base64|hex)['\"])",
    re.MULTILINE,
)
_RUNNER = re.compile(
    r"(?<![\w.])(?:exec|eval)\s*\(|\bnew\s+Function\s*\(|\b(?:Invoke-Expression|iex)\b|"
    r"\[scriptblock\]::Create\s*\(|\bos\.(?:system|popen)\s*\(|shell\s*=\s*True|"
    r"\b(?:child_process|cp|childProcess)\.(?:exec|execSync|spawn|spawnSync)\s*\(|"
    r"(?<![\w.])(?:execSync|spawnSync)\s*\(|"
    r"\bexec\.Command(?:Context)?\s*\([^\n]{0,80}sh[\"'][^\n]{0,40}-[\"']?\s*\+?\s*[\"']?c\b|"
    r"[\[(,]\s*[\"'](?:/bin/)?(?:ba|z)?sh[\"']\s*,\s*[\"']-c[\"']",
    re.IGNORECASE,
)


def check_decoded_run(f: SkillFile, out: Collector) -> None:
    """In a script of any language, a variable that holds decoded data (base64/base32/hex,
    decompressed) reaching something that runs code (exec/eval, `sh -c`, `iex`, a shell
    process): decode-then-execute followed by name, not by the decoder's spelling."""
    if not f.is_code or len(f.text) > 256 * 1024 or _DECODER_GATE.search(f.text) is None:
        return
    text = f.text
    # in the order the script assigns them (a set's order follows the hash seed: the name
    # the finding quotes would change from one process to the next)
    names = list(dict.fromkeys(m.group(1) for m in islice(_DECODED_ASSIGN.finditer(text), 40)))
    if not names:
        return
    for r in islice(_RUNNER.finditer(text), 60):
        ls, le = f.line_bounds(r.start())
        line = text[ls:le]
        hit = next(
            (n for n in names if re.search(rf"(?<![\w.]){re.escape(n)}\b(?!\s*:?=[^=])", line)),
            None,
        )
        if hit is None:
            continue
        out.at(
            "exec.decode-and-run", Severity.CRITICAL, f, r.start(), le,
            f"runs {hit!r}, which holds data the script decodes",
        )  # fmt: skip
        return


_DECODER_GATE = re.compile(
    r"decode|DecodeString|FromBase64|atob|unhexlify|fromhex|decompress|Buffer\.from", re.I
)
