import re

PATTERN = r"[A-Za-z][A-Za-z0-9]+-\d+"

def key(branch):
    m = re.search(PATTERN, branch)
    return m.group(0).upper() if m else None

def test_feature_branch():
    assert key("feature/ORCH-412-login-fix") == "ORCH-412"

def test_lowercase():
    assert key("bugfix/lin-88") == "LIN-88"

def test_main():
    assert key("main") is None
