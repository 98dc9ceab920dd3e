"""Screenshots of the main pages for docs/WEB.md (Playwright + Debian's Chromium).

    python scripts/screenshots.py --base http://127.0.0.1:8000 --lang ko --out docs/screenshots

Serve the demo first (`make run`). Takes home, a search and a skill page at 1280 px and
390 px (what the first screen shows, not the whole page, so the files stay small).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

SIZES = {"desktop": (1280, 860), "390": (390, 844)}
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--lang", action="append", help="languages (default: en and ko)")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--query", default="pdf")
    parser.add_argument(
        "--skill", help="a skill path (/s/owner/repo/skill/); default: the first result"
    )
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=ARGS)
        for lang in args.lang or ["en", "ko"]:
            for size, (width, height) in SIZES.items():
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    locale=lang,
                    extra_http_headers={"Accept-Language": lang},
                )
                page = context.new_page()
                skill = args.skill
                if skill is None:
                    page.goto(f"{args.base}/skills/?q={args.query}")
                    skill = page.locator(".card-title a").first.get_attribute("href")
                for name, path in (
                    ("home", "/"),
                    ("search", f"/skills/?q={args.query}"),
                    ("skill", skill),
                ):
                    page.goto(f"{args.base}{path}")
                    page.evaluate("window.scrollTo(0, 0)")
                    target = out / f"{name}-{lang}-{size}.png"
                    page.screenshot(path=str(target))
                    print(target, page.evaluate("document.documentElement.scrollWidth"), "px wide")
                context.close()
        browser.close()


if __name__ == "__main__":
    main()
