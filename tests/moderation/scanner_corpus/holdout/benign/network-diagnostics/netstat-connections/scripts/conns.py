import psutil

for c in psutil.net_connections(kind="inet"):
    if c.status == psutil.CONN_ESTABLISHED and c.raddr:
        try:
            name = psutil.Process(c.pid).name() if c.pid else "?"
        except psutil.Error:
            name = "?"
        print(f"{name:20} {c.laddr.ip}:{c.laddr.port} -> {c.raddr.ip}:{c.raddr.port}")
