"""Imported from the project's conftest: refuse live Stripe keys in tests."""
import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _no_live_stripe_keys():
    key = os.environ.get("STRIPE_SECRET_KEY", "")
    if key.startswith(("sk_live_", "rk_live_")):
        pytest.exit("STRIPE_SECRET_KEY is a LIVE key; tests must use a test-mode key", returncode=2)
