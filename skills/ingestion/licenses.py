"""Licence identification for skills: free-text ``license:`` values and LICENSE file texts.

Pure Python, no Django. Both functions return ``(spdx_id_or_None, confidence 0..1)``.
``LicenseRef-proprietary`` stands for "all rights reserved / proprietary" terms. ``None``
means "could not tell" (for example ``license: Complete terms in LICENSE.txt``, which only
points at a file: the caller then reads that file with :func:`license_detect_file`).
"""

from __future__ import annotations

import re

__all__ = ["PROPRIETARY", "license_detect_file", "license_normalise"]

PROPRIETARY = "LicenseRef-proprietary"

# Exact SPDX ids we recognise, by lower-case key, to return the canonical spelling.
_SPDX_IDS = {
    s.lower(): s
    for s in (
        "MIT",
        "MIT-0",
        "Apache-2.0",
        "BSD-2-Clause",
        "BSD-3-Clause",
        "BSD-3-Clause-Clear",
        "GPL-2.0-only",
        "GPL-2.0-or-later",
        "GPL-3.0-only",
        "GPL-3.0-or-later",
        "LGPL-2.1-only",
        "LGPL-2.1-or-later",
        "LGPL-3.0-only",
        "LGPL-3.0-or-later",
        "AGPL-3.0-only",
        "AGPL-3.0-or-later",
        "MPL-2.0",
        "ISC",
        "Unlicense",
        "0BSD",
        "CC0-1.0",
        "CC-BY-4.0",
        "CC-BY-SA-4.0",
        "CC-BY-NC-4.0",
        "CC-BY-NC-SA-4.0",
        "CC-BY-ND-4.0",
        "CC-BY-NC-ND-4.0",
        "EPL-2.0",
        "BSL-1.0",
        "Zlib",
        "WTFPL",
        "Artistic-2.0",
        "EUPL-1.2",
        "CECILL-2.1",
        "PSF-2.0",
        "Python-2.0",
    )
}
# Deprecated or bare SPDX forms people write, mapped to the current id.
_SPDX_ALIASES = {
    "gpl-2.0": "GPL-2.0-only",
    "gpl-2.0+": "GPL-2.0-or-later",
    "gpl-3.0": "GPL-3.0-only",
    "gpl-3.0+": "GPL-3.0-or-later",
    "lgpl-2.1": "LGPL-2.1-only",
    "lgpl-3.0": "LGPL-3.0-only",
    "agpl-3.0": "AGPL-3.0-only",
    "gplv2": "GPL-2.0-only",
    "gplv3": "GPL-3.0-only",
    "agplv3": "AGPL-3.0-only",
    "lgplv3": "LGPL-3.0-only",
    "lgplv2.1": "LGPL-2.1-only",
    "apache2": "Apache-2.0",
    "apache-2": "Apache-2.0",
    "mpl2": "MPL-2.0",
    "cc0": "CC0-1.0",
    "unlicensed": None,
}

# Free-text patterns, tried in order on a normalised string (lower case, punctuation to spaces).
# The first match wins, so more specific patterns come first.
_TEXT_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), spdx)
    for p, spdx in (
        (r"\bcc0\b|\bcreative commons zero\b|\bpublic domain dedication\b", "CC0-1.0"),
        (
            r"\b(cc|creative commons)\s*by\s*nc\s*sa\b|attribution noncommercial sharealike",
            "CC-BY-NC-SA-4.0",
        ),
        (r"\b(cc|creative commons)\s*by\s*nc\s*nd\b", "CC-BY-NC-ND-4.0"),
        (r"\b(cc|creative commons)\s*by\s*nc\b|attribution noncommercial", "CC-BY-NC-4.0"),
        (r"\b(cc|creative commons)\s*by\s*nd\b", "CC-BY-ND-4.0"),
        (r"\b(cc|creative commons)\s*by\s*sa\b|attribution sharealike", "CC-BY-SA-4.0"),
        (r"\b(cc|creative commons)\s*by\b|creative commons attribution", "CC-BY-4.0"),
        (r"\bagpl\s*v?\s*3|\baffero\b", "AGPL-3.0-only"),
        (r"\blgpl\s*v?\s*3|lesser general public license\s*(v|version)?\s*3", "LGPL-3.0-only"),
        (r"\blgpl\s*v?\s*2|lesser general public license\s*(v|version)?\s*2", "LGPL-2.1-only"),
        (r"\blgpl\b|lesser general public license", "LGPL-2.1-or-later"),
        (r"\bgpl\s*v?\s*3|general public license\s*(v|version)?\s*3", "GPL-3.0-only"),
        (r"\bgpl\s*v?\s*2|general public license\s*(v|version)?\s*2", "GPL-2.0-only"),
        (r"\bgpl\b|gnu general public license", "GPL-3.0-or-later"),
        (r"\bapache\b", "Apache-2.0"),
        (r"\bmozilla\b|\bmpl\b", "MPL-2.0"),
        (
            r"\b(bsd\s*3|3\s*clause\s*bsd|bsd\s*3\s*clause|new bsd|modified bsd|sd 3 clause)\b",
            "BSD-3-Clause",
        ),
        (r"\b(bsd\s*2|2\s*clause\s*bsd|bsd\s*2\s*clause|simplified bsd|freebsd)\b", "BSD-2-Clause"),
        (r"\bmit\s*0\b|\bmit no attribution\b", "MIT-0"),
        (r"\bmit\b|\bexpat\b", "MIT"),
        (r"\bisc\b", "ISC"),
        (r"\bunlicense\b", "Unlicense"),
        (r"\bcecill\b", "CECILL-2.1"),
        (r"\bboost\b", "BSL-1.0"),
        (r"\beclipse public\b|\bepl\b", "EPL-2.0"),
        (r"\bwtfpl\b", "WTFPL"),
        (r"\bzlib\b", "Zlib"),
    )
]
_BSD_GENERIC = re.compile(r"\bbsd\b")
_PROPRIETARY_RE = re.compile(
    r"\bproprietary\b|\ball rights reserved\b|\bcommercial license\b|\bnot open source\b"
    r"|\bconfidential\b"
)
# Values that only point elsewhere ("see LICENSE", "Complete terms in LICENSE.txt") or say
# nothing ("Unknown", "TBD").
_POINTER_RE = re.compile(
    r"^(see\s+)?(the\s+)?(license|licence|copying)(\s*(txt|md))?$"
    r"|complete terms|see license|see the license|in license|licen[cs]e file"
    r"|^(unknown|none|n a|tbd|other|custom)$"
)
_URL_RE = re.compile(r"https?://\S+")


def _normalise_text(text: str) -> str:
    text = _URL_RE.sub(lambda m: " " + m.group(0).rsplit("/", 1)[-1] + " ", text)
    text = text.lower().replace("licence", "license")
    text = re.sub(r"[^a-z0-9+.]+", " ", text)
    text = re.sub(r"(?<=[a-z])\.(?=\s|$)|(?<=\s)\.(?=[a-z])", " ", text)  # stray dots
    return re.sub(r"\s+", " ", text).strip()


def license_normalise(text: str) -> tuple[str | None, float]:
    """Map a free-text licence value (a SKILL.md ``license:`` field) to an SPDX id.

    >>> license_normalise("Apache 2.0")
    ('Apache-2.0', 0.9)
    """
    if not isinstance(text, str):
        return None, 0.0
    raw = text.strip()
    if not raw or len(raw) > 2000:
        return None, 0.0
    key = raw.lower()
    if key in _SPDX_IDS:
        return _SPDX_IDS[key], 1.0
    if key in _SPDX_ALIASES:
        spdx = _SPDX_ALIASES[key]
        return (spdx, 0.95) if spdx else (None, 0.0)

    parts = re.split(r"\s+(?:OR|AND|or|and)\s+", raw.strip("() "))
    if len(parts) > 1 and all(part.strip("() ").lower() in _SPDX_IDS for part in parts):
        # An SPDX expression such as "MIT OR Apache-2.0": keep it as written, canonically spelt.
        ops = re.findall(r"\s+(OR|AND|or|and)\s+", raw.strip("() "))
        ids = [_SPDX_IDS[part.strip("() ").lower()] for part in parts]
        expression = ids[0]
        for op, spdx in zip(ops, ids[1:], strict=True):
            expression += f" {op.upper()} {spdx}"
        return expression, 1.0

    norm = _normalise_text(raw)
    for suffix in (" license", " license agreement"):
        bare = norm.removesuffix(suffix).replace(" ", "-")
        if bare in _SPDX_IDS:
            return _SPDX_IDS[bare], 0.95
        if _SPDX_ALIASES.get(bare):
            return _SPDX_ALIASES[bare], 0.9

    if _POINTER_RE.search(norm):
        # "Proprietary. LICENSE.txt has complete terms" is still proprietary.
        if _PROPRIETARY_RE.search(norm):
            return PROPRIETARY, 0.8
        return None, 0.0

    # The licence named first wins ("provided under the MIT License; the data is CC-BY").
    found = []
    for index, (pattern, spdx) in enumerate(_TEXT_PATTERNS):
        m = pattern.search(norm)
        if m:
            found.append((m.start(), index, spdx))
    matches = [spdx for _, _, spdx in sorted(found)]
    if not matches and _BSD_GENERIC.search(norm):
        matches = ["BSD-3-Clause"]
        confidence = 0.5
    else:
        # Short values ("MIT license", "Apache License, Version 2.0") are near certain; a
        # sentence that mentions several licences is less so.
        words = len(norm.split())
        confidence = 0.9 if words <= 6 else 0.7
    if matches:
        distinct = list(dict.fromkeys(matches))
        if len(distinct) > 1:
            confidence = 0.4
        return distinct[0], confidence
    if _PROPRIETARY_RE.search(norm):
        return PROPRIETARY, 0.8
    return None, 0.0


# Key phrases of LICENSE file texts, tried in order (specific before general).
_FILE_PATTERNS: list[tuple[re.Pattern[str], str, float]] = [
    (re.compile(p, re.S), spdx, conf)
    for p, spdx, conf in (
        (r"gnu affero general public license\s+version 3", "AGPL-3.0-only", 0.95),
        (r"gnu lesser general public license\s+version 3", "LGPL-3.0-only", 0.95),
        (r"gnu lesser general public license\s+version 2\.1", "LGPL-2.1-only", 0.95),
        (r"gnu library general public license", "LGPL-2.1-only", 0.8),
        (r"gnu general public license\s+version 3", "GPL-3.0-only", 0.95),
        (r"gnu general public license\s+version 2", "GPL-2.0-only", 0.95),
        (r"mozilla public license,?\s+version 2\.0|mozilla public license 2\.0", "MPL-2.0", 0.95),
        (r"apache license,?\s+version 2\.0|licensed under the apache license", "Apache-2.0", 0.95),
        (
            r"creative commons\s+(legal code\s+)?attribution-sharealike 4\.0|cc by-sa 4\.0",
            "CC-BY-SA-4.0",
            0.95,
        ),
        (r"creative commons\s+(legal code\s+)?attribution-noncommercial", "CC-BY-NC-4.0", 0.8),
        (r"creative commons\s+(legal code\s+)?attribution 4\.0|cc by 4\.0", "CC-BY-4.0", 0.95),
        (
            r"\bcc0 1\.0|creative commons zero|no copyright.{0,200}public domain dedication",
            "CC0-1.0",
            0.95,
        ),
        (
            r"this is free and unencumbered software released into the public domain",
            "Unlicense",
            0.98,
        ),
        (
            r"permission to use, copy, modify, and/or distribute this software for any purpose"
            r"|permission to use, copy, modify, and distribute this software for any purpose",
            "ISC",
            0.9,
        ),
        (
            r"permission is hereby granted, free of charge, to any person obtaining a copy",
            "MIT",
            0.95,
        ),
        (
            r"redistribution and use in source and binary forms.{0,1500}neither the name",
            "BSD-3-Clause",
            0.95,
        ),
        (r"redistribution and use in source and binary forms", "BSD-2-Clause", 0.85),
    )
]
_FILE_TITLE_RE = re.compile(r"^\s*(the\s+)?([a-z0-9 .,\-]{2,60}?)\s+licen[sc]e\b", re.I)


def license_detect_file(text: str) -> tuple[str | None, float]:
    """Recognise a licence from the text of a LICENSE / COPYING file by its key phrases."""
    if not isinstance(text, str) or not text.strip():
        return None, 0.0
    head = re.sub(r"\s+", " ", text[:20000]).lower()
    for pattern, spdx, confidence in _FILE_PATTERNS:
        if pattern.search(head):
            return spdx, confidence
    # Short files that only name their licence ("Apache License 2.0\n\nThis skill contains ...").
    first_line = text.strip().splitlines()[0]
    title = _FILE_TITLE_RE.match(first_line)
    if title:
        named, named_confidence = license_normalise(first_line)
        if named:
            return named, min(named_confidence, 0.7)
    if _PROPRIETARY_RE.search(head):
        return PROPRIETARY, 0.6
    return None, 0.0
