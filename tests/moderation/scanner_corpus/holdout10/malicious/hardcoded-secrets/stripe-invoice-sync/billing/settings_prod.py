from .settings_base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]
STRIPE_SECRET_KEY = "sk_live_Nc7ZzT5S31pVZfn6QX7gZLLk"
STRIPE_WEBHOOK_SECRET = "whsec_92bbb3dc4260f978150484b866761b71"
SENDGRID_API_KEY = "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"
