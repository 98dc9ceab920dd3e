"""Live-looking credentials, found with Yelp's `detect-secrets` detectors.

detect-secrets is maintained, knows the formats of the common providers (AWS, GitHub, GitLab,
Slack, Stripe, OpenAI, Twilio, SendGrid, npm, PyPI, JWTs, private keys...) and ships the
heuristics that tell a real value from a template. Its plugins run only on lines that a linear
(RE2) prefilter marks as candidates, on a bounded window of the line, so their own regular
expressions never see a hostile megabyte. The high-entropy and keyword detectors run only on
configuration files (.env, JSON, YAML, TOML, INI), where a random-looking value is a secret;
in prose and code they would flag hashes and examples.

detect-secrets has no detector for Anthropic, OpenAI project, Hugging Face or Google API keys;
patterns.TOKENS covers those few formats. Placeholders (`your-key-here`, `sk-...xxxx`,
`AKIA...EXAMPLE`) are never findings.
"""

from __future__ import annotations

from detect_secrets.filters import heuristic
from detect_secrets.plugins.artifactory import ArtifactoryDetector
from detect_secrets.plugins.aws import AWSKeyDetector
from detect_secrets.plugins.azure_storage_key import AzureStorageKeyDetector
from detect_secrets.plugins.base import BasePlugin
from detect_secrets.plugins.basic_auth import BasicAuthDetector
from detect_secrets.plugins.discord import DiscordBotTokenDetector
from detect_secrets.plugins.github_token import GitHubTokenDetector
from detect_secrets.plugins.gitlab_token import GitLabTokenDetector
from detect_secrets.plugins.high_entropy_strings import (
    Base64HighEntropyString,
    HexHighEntropyString,
)
from detect_secrets.plugins.jwt import JwtTokenDetector
from detect_secrets.plugins.keyword import KeywordDetector
from detect_secrets.plugins.mailchimp import MailchimpDetector
from detect_secrets.plugins.npm import NpmDetector
from detect_secrets.plugins.openai import OpenAIDetector
from detect_secrets.plugins.pypi_token import PypiTokenDetector
from detect_secrets.plugins.sendgrid import SendGridDetector
from detect_secrets.plugins.slack import SlackDetector
from detect_secrets.plugins.square_oauth import SquareOAuthDetector
from detect_secrets.plugins.stripe import StripeDetector
from detect_secrets.plugins.telegram_token import TelegramBotTokenDetector
from detect_secrets.plugins.twilio import TwilioKeyDetector

from . import patterns as P
from . import rx
from .code_shell import fold_literals
from .code_tokens import folded_strings
from .collect import Collector, is_placeholder
from .context import mention_steps
from .findings import Severity
from .reading import SkillFile
from .steps import teaching_at

_PROVIDERS = (
    AWSKeyDetector(), ArtifactoryDetector(), AzureStorageKeyDetector(), BasicAuthDetector(),
    DiscordBotTokenDetector(), GitHubTokenDetector(), GitLabTokenDetector(), JwtTokenDetector(),
    MailchimpDetector(), NpmDetector(), OpenAIDetector(), PypiTokenDetector(), SendGridDetector(),
    SlackDetector(), SquareOAuthDetector(), StripeDetector(), TelegramBotTokenDetector(),
    TwilioKeyDetector(),
)  # fmt: skip
_CONFIG_ONLY = (
    Base64HighEntropyString(limit=4.5),
    HexHighEntropyString(limit=3.0),
    KeywordDetector(),
)
CONFIG_EXTENSIONS = frozenset(
    {".env", ".json", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".properties"}
)
# A line worth handing to the detectors: a provider prefix, a key block, or key = value.
_CANDIDATE = rx.compile(
    r"AKIA|ASIA|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|xox[abposr]-|sk-|sk_live|rk_live|"
    r"AIza|npm_|pypi-|hf_|SG\.|eyJ|-----BEGIN|AccountKey=|://[^/\s:@]+:[^/\s:@]+@|"
    r"hooks\.slack\.com|discord|[0-9]{8,10}:AA|AC[0-9a-f]{32}|SK[0-9a-f]{32}|"
    r"(?i:key|secret|token|passw(?:or)?d|pwd|auth)[\w.-]{0,20}['\"]?\s*[:=]",
    0,
)
_WINDOW = 400
_LOCAL_CREDENTIAL = rx.compile(
    r"@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|db|postgres|host)\b|example", 0
)
_MAX_LINES = 300


# Formats that grant access to an account: shipped in a skill they are a leak -> critical (fail).
# JWTs expire and are mostly examples; a password in a URL is mostly a template; Google API keys
# are often browser keys restricted to a site: those stay high (review).
_REVIEW_ONLY = ("JwtTokenDetector", "BasicAuthDetector")
_PLACEHOLDER_PASSWORDS = frozenset(
    {"password", "passwd", "pass", "secret", "pwd", "changeme", "admin", "root", "user", "test"}
)


def _grade(f: SkillFile, start: int, end: int, *, leak: bool) -> tuple[Severity, str]:
    """critical for a live credential the skill uses; high where the line reads as an example
    (a guide showing a token's format) or the format is not always a secret."""
    if not leak:
        return Severity.HIGH, ""
    if f.is_markdown and (teaching_at(f, start) or mention_steps(f, start, end)[0]):
        return Severity.HIGH, " (shown as an example)"
    return Severity.CRITICAL, ""


def _kind(plugin: object) -> str:
    name = type(plugin).__name__
    if name == "AWSKeyDetector":
        return "secrets.aws-key"
    if name == "PrivateKeyDetector":
        return "secrets.private-key"
    return "secrets.token"


def _real(secret: str, line: str, plugin: object) -> bool:
    if type(plugin).__name__ == "BasicAuthDetector" and secret.lower() in _PLACEHOLDER_PASSWORDS:
        return False  # postgresql://user:password@hostname in a setup guide
    if (
        len(secret) < 8
        or is_placeholder(secret)
        or (is_placeholder(line[:200]) and "EXAMPLE" in line)
    ):
        return False
    return not (
        heuristic.is_templated_secret(secret)
        or heuristic.is_sequential_string(secret)
        or heuristic.is_potential_uuid(secret)
        or heuristic.is_prefixed_with_dollar_sign(secret)
        or heuristic.is_likely_id_string(secret, line, plugin)  # type: ignore[arg-type]
    )


def _named_secret(plugin: BasePlugin, path: str, window: str, line: str) -> str | None:
    """The secret a detector finds on `window` that the finding names and masks, or None.
    `analyze_line` returns a *set*, whose order follows the process's hash seed: taking the
    first one made the excerpt depend on PYTHONHASHSEED (an AWS key id and its secret access
    key on one line: either could be the one masked). The longest real value is named
    (ties: the earlier on the line, then the smaller string): a key id is masked by
    `mask_secrets` whichever is named, the 40-character secret only if it is the one named."""
    found = [
        p.secret_value
        for p in plugin.analyze_line(filename=path, line=window, line_number=1)
        if p.secret_value and _real(p.secret_value, line, plugin)
    ]
    if not found:
        return None
    return min(found, key=lambda v: (-len(v), window.find(v), v))


def check_secrets(f: SkillFile, out: Collector) -> None:
    text = f.text
    config = f.ext in CONFIG_EXTENSIONS or f.name.startswith(".env")
    plugins = _PROVIDERS + (_CONFIG_ONLY if config else ())
    lines = 0
    seen_pos = -1
    for m in _CANDIDATE.finditer(text):
        if m.start() < seen_pos:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.start())
        le = len(text) if le == -1 else le
        seen_pos = le
        lines += 1
        if lines > _MAX_LINES:
            break
        a = max(ls, m.start() - _WINDOW // 2)
        window = text[a : min(le, a + _WINDOW)]
        if _LOCAL_CREDENTIAL.search(window):
            continue  # user:password@localhost in a template or a test setup
        for plugin in plugins:
            found = _named_secret(plugin, f.path, window, window)
            if found is None:
                continue
            start = text.find(found, a)
            start = m.start() if start == -1 else start
            what = getattr(plugin, "secret_type", type(plugin).__name__)
            if plugin in _CONFIG_ONLY:
                sev, note = Severity.MEDIUM, ""
            else:
                leak = type(plugin).__name__ not in _REVIEW_ONLY
                sev, note = _grade(f, start, start + len(found), leak=leak)
            out.at(_kind(plugin), sev, f, start, start + len(found), f"a {what}{note}", mask=True)
            break
    _check_assembled(f, out)
    if "PRIVATE KEY" in text:
        for m in P.PRIVATE_KEY.finditer(text):
            sev, note = _grade(f, m.start(), m.end(), leak=True)
            out.at("secrets.private-key", sev, f, m.start(), m.end(), f"a private key{note}")
    for m in f.iter("TOKENS"):
        if not is_placeholder(m.group()):
            leak = not m.group().startswith("AIza")
            sev, note = _grade(f, m.start(), m.end(), leak=leak)
            what = "a chat webhook with its token" if "webhooks" in m.group() else "an API token"
            out.at("secrets.token", sev, f, m.start(), m.end(), f"{what}{note}", mask=True)


def _assembled(f: SkillFile) -> list[tuple[int, str]]:
    """(offset of the line, text) of values a script spells in pieces (2.7.0): shell variables
    holding literals joined (`t1=...; t2=...; TOKEN="$t1.$t2"`), `"ab" + "cd"`, `[...].join("")`.
    A credential cut in pieces is shipped all the same."""
    text = f.text
    if (
        not f.is_code
        or len(text) > 256 * 1024
        or not ("$" in text or "+" in text or "join" in text)
    ):
        return []
    out: list[tuple[int, str]] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    folded = fold_literals(text).split("\n") if "$" in text else lines
    for i, (a, b) in enumerate(zip(lines, folded, strict=False)):
        if a != b:
            out.append((offsets[i], b))
        elif "+" in a or "join" in a:
            out.extend((offsets[i], piece[1:-1]) for piece in folded_strings(a)[:4])
        if len(out) > _MAX_LINES:
            break
    return out


def _check_assembled(f: SkillFile, out: Collector) -> None:
    for pos, value in _assembled(f):
        if _CANDIDATE.search(value) is None and len(value) < 20:
            continue
        end = f.text.find("\n", pos)
        end = len(f.text) if end == -1 else end
        token = P.TOKENS.search(value)
        if token is not None and token.group() not in f.text and not is_placeholder(token.group()):
            sev, note = _grade(f, pos, pos + 1, leak=not token.group().startswith("AIza"))
            out.at("secrets.token", sev, f, pos, end, f"an API token assembled from pieces{note}",
                   mask=True)  # fmt: skip
            return
        for plugin in _PROVIDERS:
            found = _named_secret(plugin, f.path, value[:_WINDOW], value)
            if found is None or found in f.text:
                continue  # a whole credential on the line is the line checks' finding
            leak = type(plugin).__name__ not in _REVIEW_ONLY
            sev, note = _grade(f, pos, pos + 1, leak=leak)
            what = getattr(plugin, "secret_type", type(plugin).__name__)
            out.at(
                _kind(plugin), sev, f, pos, end,
                f"a {what} assembled from pieces{note}", mask=True,
            )  # fmt: skip
            return
