import json
import sys

s = sys.argv[1]
print("python :", repr(s))
print("json   :", json.dumps(s))
print("printf :", "".join(f"\\x{b:02x}" if b < 32 or b > 126 else chr(b) for b in s.encode()))
