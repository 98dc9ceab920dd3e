import subprocess
import sys

def test_roundtrip(tmp_path):
    f = tmp_path / "data.bin"
    f.write_bytes(bytes(range(256)) * 1000)
    out = subprocess.run([sys.executable, "b64rt.py", "roundtrip", str(f)], capture_output=True, text=True)
    assert "round trip ok" in out.stdout
