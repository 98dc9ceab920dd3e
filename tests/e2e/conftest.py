"""Browser tests: Playwright (sync API) driving Debian's Chromium against live_server.

Skipped when Chromium or Playwright is missing. A failing test leaves a full-page
screenshot in test-artifacts/.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the
# tests themselves are still synchronous and safe.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(config, items):
    missing = not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM))
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = True
    for item in items:
        if "tests/e2e" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)
            if missing:
                item.add_marker(pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM}"))


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, request):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.dialogs = []

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.csp_errors = []
    page.on(
        "console",
        lambda msg: (
            page.csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None
        ),
    )
    yield page
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-150:]
        try:
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        except Exception as exc:  # the page may be gone; the test failure matters more
            print(f"could not save a screenshot: {exc}")
    context.close()


@pytest.fixture
def admin_login(page, django_user_model):
    def login():
        django_user_model.objects.create_user(
            username="e2e-mod", password="e2e-pass-123456", is_staff=True, is_superuser=True
        )
        page.goto("/admin/login/")
        page.fill("#id_username", "e2e-mod")
        page.fill("#id_password", "e2e-pass-123456")
        page.click("input[type=submit]")
        page.wait_for_url(re.compile(r"/admin/$"))

    return login
