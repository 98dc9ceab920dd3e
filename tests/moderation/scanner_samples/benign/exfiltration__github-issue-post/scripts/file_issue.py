import os

import requests


def file_issue(repo: str, title: str, body: str) -> None:
    token = os.environ['GITHUB_TOKEN']
    requests.post(
        f'https://api.github.com/repos/{repo}/issues',
        headers={'Authorization': f'Bearer {token}'},
        json={'title': title, 'body': body},
        timeout=20,
    )
