import sys

import qrcode

img = qrcode.make(sys.argv[1])
img.save(sys.argv[2])
print("saved", sys.argv[2])
