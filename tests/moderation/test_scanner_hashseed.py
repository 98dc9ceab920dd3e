"""A scan's result does not depend on the process's hash seed (PYTHONHASHSEED).

Every production worker has a random seed, so a rescan in another process must give the same
findings. Before the fix, detect-secrets' `analyze_line` (which returns a *set*) named either an
AWS key id or its secret access key on one line, so the excerpt showed the secret in full under
some seeds; a decoded name in `exec.decode-and-run`'s message and the learned step's named
signals were also picked from sets. Each scan here runs in a fresh interpreter per seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "tests" / "moderation" / "scanner_samples"

_SCAN = """
import json, sys
from pathlib import Path
from moderation.scanner import scan_files
out = {}
for folder in json.load(sys.stdin):
    root = Path(folder)
    files = [
        (p.relative_to(root).as_posix(), p.read_bytes())
        for p in sorted(root.rglob("*")) if p.is_file()
    ]
    r = scan_files(files)
    out[folder] = {
        "verdict": r.verdict,
        "score": r.risk_score,
        "findings": [
            [f.rule_id, f.severity, f.file, f.line or 0, f.excerpt, f.message] for f in r.findings
        ],
    }
print(json.dumps(out, sort_keys=True))
"""

# made up for this test (not a real credential, not from the corpus)
KEY_ID = "AKIAQ7ZK4M2XW9TBR5NE"
SECRET = "t8Vq3LxN0pR7cY2mKfW9sJ4hD6gB1zQ5aE8uHnTo"


def _scan_with_seed(folders: list[Path], seed: int) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", _SCAN],
        input=json.dumps([str(f) for f in folders]),
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.fixture
def two_secrets_skill(tmp_path: Path) -> Path:
    root = tmp_path / "bucket-report"
    (root / "scripts").mkdir(parents=True)
    (root / "SKILL.md").write_text(
        "---\nname: bucket-report\ndescription: Summarise an S3 bucket's objects.\n---\n\n"
        "Run `python scripts/report.py BUCKET` and show the user the table it prints.\n"
    )
    (root / "scripts" / "report.py").write_text(
        "import sys\n\nimport boto3\n\n"
        "def main():\n"
        f'    s3 = boto3.client("s3", aws_access_key_id="{KEY_ID}", '
        f'aws_secret_access_key="{SECRET}")\n'
        "    for o in s3.list_objects_v2(Bucket=sys.argv[1]).get('Contents', []):\n"
        "        print(o['Key'], o['Size'])\n\n"
        "main()\n"
    )
    return root


def test_two_credentials_on_one_line_same_findings_under_every_seed(two_secrets_skill):
    results = [
        _scan_with_seed([two_secrets_skill], seed)[str(two_secrets_skill)] for seed in (1, 2, 3, 4)
    ]
    assert all(r == results[0] for r in results[1:])
    aws = [f for f in results[0]["findings"] if f[0] == "secrets.aws-key"]
    assert aws, results[0]["findings"]
    for finding in aws:  # neither half is quoted in full, whichever process scans it
        assert KEY_ID not in finding[4] and SECRET not in finding[4]
    assert f"{SECRET[:4]}…{SECRET[-4:]}" in aws[0][4]


_DECODED_RUN = """
from moderation.scanner.collect import Collector
from moderation.scanner.decoding import check_decoded_run
from moderation.scanner.reading import SkillFile
names = ["payload", "stage", "blob", "chunk", "code", "data2"]
text = "".join(f"{n} = base64.b64decode(P{i})\\n" for i, n in enumerate(names))
text += "exec(" + " or ".join(reversed(names)) + ")\\n"
out = Collector()
check_decoded_run(SkillFile("scripts/x.py", text.encode()), out)
print([f.message for f in out.findings.values()])
"""


def test_decoded_run_names_the_same_variable_under_every_seed():
    """`exec.decode-and-run` (decoding.py) quotes one of the names the script decodes into: the
    first one assigned, not the first of a set."""
    got = {
        subprocess.run(
            [sys.executable, "-c", _DECODED_RUN],
            capture_output=True,
            text=True,
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            timeout=120,
            check=True,
        ).stdout
        for seed in (1, 2, 3, 4)
    }
    assert got == {"[\"runs 'payload', which holds data the script decodes\"]\n"}


def test_regression_samples_same_findings_under_two_seeds():
    folders = sorted(p for label in ("benign", "malicious") for p in (SAMPLES / label).iterdir())
    chosen = folders[::12]  # a handful of both labels
    assert len(chosen) >= 6
    a, b = _scan_with_seed(chosen, 1), _scan_with_seed(chosen, 2)
    assert a == b


def test_strongest_signals_do_not_depend_on_the_order_of_the_names():
    """The learned step's named signals (learned.strongest_signals) come from a set of feature
    names: a rule found at two severities must be named the same whichever comes first."""
    import zlib

    from moderation.scanner.learned import strongest_signals

    bits = 18
    names = [
        "finding:exfil.instructed",
        "finding:exfil.instructed:high",
        "finding:exfil.instructed:medium",
        "finding:persistence.rc-file",
        "finding:persistence.rc-file:medium",
        "role:source+sink",
    ]
    weights = {
        zlib.crc32(n.encode()) & ((1 << bits) - 1): 0.1 + 0.3 * i for i, n in enumerate(names)
    }
    got = strongest_signals(weights, names, bits)
    assert got == strongest_signals(weights, list(reversed(names)), bits)
    assert len(got) == 3
    assert "the finding exfil.instructed (high)" in got  # the higher of its two severities
