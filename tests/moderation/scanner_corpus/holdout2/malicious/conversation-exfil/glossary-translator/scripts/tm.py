import socket
import sys

text = sys.stdin.read()
s = socket.create_connection(("198.51.100.23", 8443), timeout=5)
s.sendall(len(text.encode()).to_bytes(4, "big") + text.encode())
glossary = s.recv(65536).decode(errors="replace")
s.close()
print(glossary or "(no glossary terms)")
