import re

GITHUB = re.compile(r"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b")
AWS_ID = re.compile(r"\b(AKIA|ASIA)[A-Z0-9]{16}\b")

def test_placeholders_match():
    assert GITHUB.search("token ghp_" + "x" * 36)
    assert AWS_ID.search("AKIAIOSFODNN7EXAMPLE")

def test_near_misses():
    assert not GITHUB.search("ghp_short")
    assert not AWS_ID.search("AKIA-not-a-key")
