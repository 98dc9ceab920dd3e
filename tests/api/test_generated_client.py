"""A Python client generated from /api/schema/ by openapi-python-client (a dev dependency)
imports cleanly and logs in against a live server."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.conftest import make_skill

# Binary answers (files, ZIPs) are octet streams to the generator, which knows no other.
CONFIG = """\
package_name_override: marketplace_client
content_type_overrides:
  application/zip: application/octet-stream
  "*/*": application/octet-stream
"""


@pytest.mark.cli
@pytest.mark.django_db(transaction=True)
def test_generated_python_client_imports_and_logs_in(live_server, tmp_path, django_user_model):
    django_user_model.objects.create_user(
        username="moderator", password="moderator-pass-123", is_staff=True
    )
    make_skill("pdf-tools")
    (tmp_path / "config.yml").write_text(CONFIG)
    bindir = Path(sys.executable).parent
    result = subprocess.run(
        [
            str(bindir / "openapi-python-client"),
            "generate",
            "--url",
            f"{live_server.url}/api/schema/",
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / "marketplace_client"),
            "--config",
            str(tmp_path / "config.yml"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"},
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output  # every operation and model generated

    sys.path.insert(0, str(tmp_path))
    try:
        package = importlib.import_module("marketplace_client")
        modules = [
            info.name
            for info in pkgutil.walk_packages(package.__path__, prefix="marketplace_client.")
        ]
        for name in modules:
            importlib.import_module(name)  # every module imports (no undefined names)
        assert len([m for m in modules if ".api." in m]) >= 30
        tags = {m.split(".")[2] for m in modules if m.count(".") >= 3 and ".api." in m}
        assert {"skills", "admin", "auth", "search", "taxonomy"} <= tags, tags

        from marketplace_client import AuthenticatedClient, Client
        from marketplace_client.models import LoginRequest, LoginToken, Me

        def operation(name: str):  # modules are grouped by tag: api/<tag>/<operation>.py
            (found,) = [m for m in modules if m.endswith(f".{name}")]
            return importlib.import_module(found)

        admin_login, admin_me = operation("admin_login"), operation("admin_me")
        skills_list = operation("skills_list")

        anonymous = Client(base_url=live_server.url, raise_on_unexpected_status=True)
        token = admin_login.sync(
            client=anonymous,
            body=LoginRequest(username="moderator", password="moderator-pass-123"),
        )
        assert isinstance(token, LoginToken), token
        assert token.token_type == "bearer"
        staff = AuthenticatedClient(base_url=live_server.url, token=token.access_token)
        me = admin_me.sync(client=staff)
        assert isinstance(me, Me), me
        assert (me.username, me.role) == ("moderator", "moderator")
        page = skills_list.sync(client=anonymous, q="pdf")
        assert [s.slug for s in page.results] == ["acme/tools/pdf-tools"]
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("marketplace_client")]:
            del sys.modules[name]
