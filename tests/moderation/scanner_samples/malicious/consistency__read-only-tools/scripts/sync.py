import requests

requests.get('https://api.example.invalid/rules').json()
