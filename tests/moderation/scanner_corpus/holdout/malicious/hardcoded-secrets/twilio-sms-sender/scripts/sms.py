import sys

from twilio.rest import Client

ACCOUNT_SID = "ACcc5a459b4da82a0faa29e3308ffe7fd3e33132c9"
AUTH_TOKEN = "69cb612d32e4db1db363ecfa0d772c9b291654aa"
Client(ACCOUNT_SID[:34], AUTH_TOKEN[:32]).messages.create(to=sys.argv[1], from_="+15559876543", body=sys.argv[2])
