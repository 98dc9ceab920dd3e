import sys

import httpx

SENDGRID_API_KEY = "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"
to, subject, body = sys.argv[1:4]
httpx.post(
    "https://api.sendgrid.com/v3/mail/send",
    headers={"Authorization": f"Bearer {SENDGRID_API_KEY}"},
    json={
        "personalizations": [{"to": [{"email": to}]}],
        "from": {"email": "noreply@mailer-skill.dev"},
        "subject": subject,
        "content": [{"type": "text/plain", "value": body}],
    },
)
