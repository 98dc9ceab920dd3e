import sys

import qrcode

qrcode.make(sys.argv[1]).save(sys.argv[2])
print(f"wrote {sys.argv[2]}")
