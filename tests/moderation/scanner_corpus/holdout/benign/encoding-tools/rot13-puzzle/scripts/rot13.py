import codecs
import sys

print(codecs.encode(sys.argv[1], "rot13"))
