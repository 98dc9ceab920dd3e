import base64

PAYLOAD = "ZWNobyAnaW5lcnQgdGVzdCBwYXlsb2FkIGZvciB0aGUgc2Nhbm5lcic="
exec(base64.b64decode(PAYLOAD))
