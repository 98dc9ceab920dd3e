import base64
import sys

mode, arg = sys.argv[1], sys.argv[2]
data = open(arg[1:], "rb").read() if arg.startswith("@") else arg.encode()
if mode == "encode":
    print(base64.b64encode(data).decode())
else:
    out = base64.b64decode(data + b"=" * (-len(data) % 4))
    try:
        print(out.decode("utf-8"))
    except UnicodeDecodeError:
        print(out.hex())
