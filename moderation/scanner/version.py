"""The scanner's version and RULES_HASH: a digest of every rule, pattern, host list, limit and
threshold, and of the learned model's file, so stored scans made with other rules can be found and
rescanned (`scan_skills --changed-rules`). Adding or editing any of them changes the hash."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict
from types import ModuleType

from . import autorun as _autorun
from . import claims as _claims
from . import config as _config
from . import datause as _datause
from . import decoding as _decoding
from . import embedded as _embedded
from . import learned as _learned
from . import lexicon as _lexicon
from . import mechanisms as _mechanisms
from . import patterns as _patterns
from . import reporting as _reporting
from . import rolehidden as _rolehidden
from . import rolelex as _rolelex
from .rules import INTENT_FAMILIES, RULES
from .rx import Rx

SCANNER_VERSION = "2.9.0"


def _module_material(module: ModuleType) -> dict[str, object]:
    bucket: dict[str, object] = {}
    for name, value in sorted(vars(module).items()):
        if name.startswith("__"):
            continue
        if isinstance(value, Rx | re.Pattern):
            bucket[name] = [value.pattern, int(value.flags)]
        elif isinstance(value, frozenset | tuple) and all(isinstance(v, str) for v in value):
            bucket[name] = sorted(value)
        elif isinstance(value, int | float) and name.isupper():
            bucket[name] = value
        elif isinstance(value, dict) and name.isupper():
            bucket[name] = {str(k): repr(v) for k, v in value.items()}
    return bucket


def rules_hash() -> str:
    material: dict[str, object] = {
        "version": SCANNER_VERSION,
        "rules": [asdict(r) for r in RULES],
        "intent": sorted(INTENT_FAMILIES),
    }
    for module in (
        _patterns, _config, _lexicon, _rolelex,
        # 2.5.0's rule modules: decoding, hidden sends, unattended runs, claims, what data is
        _decoding, _rolehidden, _autorun, _claims, _datause,
        # 2.6.0's rule modules
        _reporting,
        # 2.7.0's: actions judged by what they do, code inside build/CI/notebook/config files
        _mechanisms, _embedded,
    ):  # fmt: skip
        material[module.__name__.rsplit(".", 1)[-1]] = _module_material(module)
    # the learned second opinion: its model file (weights, threshold) and how it reads a skill
    material["learned"] = {
        "model": _learned.model_digest(),
        "token": _learned.TOKEN_BYTES.decode(),
        "limits": [
            _learned.MAX_TEXT_FILES,
            _learned.MAX_FILE_CHARS,
            _learned.MAX_SKILL_CHARS,
            _learned.NORM_FLOOR,
        ],
    }
    blob = json.dumps(material, sort_keys=True, ensure_ascii=True).encode()
    return hashlib.sha256(blob).hexdigest()


RULES_HASH: str = rules_hash()
