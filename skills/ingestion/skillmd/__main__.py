"""``python -m skills.ingestion.skillmd --markdown``: the problem-code table for the docs."""

import sys

from skills.ingestion.skillmd.problems import problem_codes_markdown

if __name__ == "__main__":  # pragma: no cover
    if "--markdown" in sys.argv[1:]:
        sys.stdout.write(problem_codes_markdown())
    else:
        sys.stderr.write("usage: python -m skills.ingestion.skillmd --markdown\n")
        sys.exit(2)
