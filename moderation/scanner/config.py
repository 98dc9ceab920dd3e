"""Limits, budgets, weights and host lists of the scanner (all feed RULES_HASH)."""

from __future__ import annotations

from .findings import Severity

# Size budgets: the part of a file (and of a skill) past these is not scanned and the skill gets
# a scan.incomplete finding (verdict review at best). A 3 MB reference document fits.
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_SKILL_BYTES = 24 * 1024 * 1024
MAX_FILES = 1000  # per skill
# Time budgets (CPU seconds of the scanning thread, so a busy machine does not trip them): a
# file or skill over them gets scan.incomplete. Every pattern is linear, so these are a second
# line of defence, well above the measured worst case (under a second of CPU for three 1 MB
# hostile files; a 3 MB reference document takes about half a second).
FILE_SECONDS = 2.0
SKILL_SECONDS = 4.0
# bashlex parses scripts and code blocks up to this size (ast up to 16 times it); bigger ones
# are split into commands by a tokenizer instead.
MAX_PARSE_BYTES = 24 * 1024
# Lines longer than this (minified or hostile) are checked in pieces of this size.
MAX_LINE_CHARS = 8192
MAX_FINDINGS_PER_RULE_AND_FILE = 5
MAX_FINDINGS = 300
EXCERPT_CHARS = 160

SEVERITY_WEIGHT: dict[str, int] = {
    Severity.CRITICAL: 60,
    Severity.HIGH: 30,
    Severity.MEDIUM: 10,
    Severity.LOW: 2,
    Severity.INFO: 0,
}

TRUSTED_INSTALL_HOSTS = (
    "astral.sh", "sh.rustup.rs", "rustup.rs", "bun.sh", "deno.land", "deno.com",
    "get.docker.com", "raw.githubusercontent.com", "github.com", "brew.sh",
    "install.python-poetry.org", "get.pnpm.io", "deb.nodesource.com", "rpm.nodesource.com",
    "sdk.cloud.google.com", "awscli.amazonaws.com", "get.helm.sh", "fly.io", "ollama.com",
    "claude.ai", "anthropic.com", "foundry.paradigm.xyz", "starship.rs", "pyenv.run", "mise.run",
    "tailscale.com", "cli.github.com", "npmjs.org", "nodejs.org", "python.org",
    "golang.org", "go.dev", "get.sdkman.io", "sh.vector.dev", "install.determinate.systems",
    "nixos.org", "releases.hashicorp.com", "apt.releases.hashicorp.com", "dl.google.com",
    "packages.microsoft.com", "aka.ms", "supabase.com", "vercel.com", "cursor.com",
    "opencode.ai", "gitlab.com", "openai.com", "modal.com", "railway.app", "render.com",
    "get.chezmoi.io",
)  # fmt: skip


SUSPICIOUS_TLDS = frozenset({"tk", "ml", "ga", "cf", "gq", "top", "onion", "zip", "mov", "click"})

# Package sources that are registries or their canonical code hosts: an install from elsewhere
# is supply.install-url.
PACKAGE_HOSTS = (
    "pypi.org", "files.pythonhosted.org", "registry.npmjs.org", "npmjs.org", "npmjs.com",
    "github.com", "gitlab.com", "bitbucket.org", "codeload.github.com", "crates.io",
    "rubygems.org", "pkg.go.dev", "proxy.golang.org", "download.pytorch.org", "conda.anaconda.org",
    "repo.anaconda.com", "registry.yarnpkg.com", "jsr.io", "deno.land", "maven.org",
    "nuget.org", "packagist.org", "hex.pm", "pub.dev", "cpan.org", "huggingface.co",
)  # fmt: skip

# Words of the registries' names: a host label that joins one to other letters imitates the
# registry (files.pypi-cdn.org, npmjs-mirror.net); a label that is just the word
# (pypi.mycompany.com, a company's own mirror) does not.
REGISTRY_WORDS = (
    "pypi", "pythonhosted", "npmjs", "rubygems", "crates", "yarnpkg", "nuget", "packagist",
)  # fmt: skip
# Popular packages: a name one edit away from one of these is a likely typosquat.
POPULAR_PYPI = (
    "requests", "numpy", "pandas", "colorama", "python-dateutil", "urllib3", "setuptools",
    "django", "flask", "boto3", "pyyaml", "cryptography", "certifi", "idna", "charset-normalizer",
    "typing-extensions", "packaging", "six", "attrs", "jinja2", "click", "pydantic", "fastapi",
    "uvicorn", "httpx", "aiohttp", "scipy", "matplotlib", "pillow", "beautifulsoup4", "selenium",
    "openai", "anthropic", "tensorflow", "torch", "scikit-learn", "pytest", "rich", "tqdm",
    "psycopg2", "sqlalchemy", "redis", "paramiko", "pyjwt", "websocket-client", "lxml",
)  # fmt: skip
POPULAR_NPM = (
    "lodash", "express", "react", "axios", "chalk", "commander", "moment", "debug", "dotenv",
    "typescript", "webpack", "eslint", "prettier", "uuid", "yargs", "inquirer", "jquery",
    "vue", "next", "zod", "cross-env", "node-fetch", "body-parser", "cors", "jsonwebtoken",
    "mongoose", "socket.io", "colors", "electron", "nodemon", "vite", "esbuild",
)  # fmt: skip
