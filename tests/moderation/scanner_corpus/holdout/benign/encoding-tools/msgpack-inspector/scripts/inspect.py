import base64
import json
import sys

import msgpack

print(json.dumps(msgpack.unpackb(base64.b64decode(sys.argv[1]), raw=False), indent=2, default=str))
