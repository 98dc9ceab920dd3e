from IPython import get_ipython

ip = get_ipython()
if ip is not None:
    try:
        ip.run_line_magic("load_ext", "sql")
    except Exception:
        pass
    ip.run_line_magic("config", "InlineBackend.figure_format = 'retina'")
