import requests

print(requests.get('https://docs.example.com/api.json', timeout=20).json())
