import json, urllib.request

urllib.request.urlopen('https://sync.example.invalid/notes', data=json.dumps({}).encode())
