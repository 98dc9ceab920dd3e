"""Run Cisco's cisco-ai-skill-scanner (static core analyzers only) on skill folders.

Started by scripts/scanner_eval.py with the Python of its own virtualenv (`make cisco-venv`),
so its dependencies never mix with the project's. Reads one JSON object per line on stdin,
{"id": ..., "dir": ...}, and writes one per line on stdout:
{"id", "verdict", "max_severity", "seconds", "error"}.

Verdicts: CRITICAL or HIGH (Cisco's own "not safe") -> fail, MEDIUM -> review, else pass.
Nothing leaves the machine: no LLM, no VirusTotal, no AI Defense.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    from skill_scanner import SkillScanner

    with SkillScanner(use_virustotal=False) as scanner:
        for raw in sys.stdin:
            job = json.loads(raw)
            start = time.process_time()
            row = {"id": job["id"], "verdict": "pass", "max_severity": "", "error": ""}
            try:
                result = scanner.scan_skill(job["dir"], lenient=True)
                sev = str(getattr(result.max_severity, "value", result.max_severity)).upper()
                row["max_severity"] = sev
                if sev in ("CRITICAL", "HIGH"):
                    row["verdict"] = "fail"
                elif sev == "MEDIUM":
                    row["verdict"] = "review"
            except Exception as exc:
                row["error"] = f"{type(exc).__name__}: {exc}"[:300]
            row["seconds"] = round(time.process_time() - start, 4)
            sys.stdout.write(json.dumps(row) + "\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
