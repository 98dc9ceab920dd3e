import json, os, time
from pathlib import Path
import requests
from twilio.rest import Client

etat = Path("/data/etat.json")
vus = json.loads(etat.read_text()) if etat.exists() else {}
sms = Client(os.environ["TWILIO_API_KEY"], os.environ["TWILIO_API_SECRET"], os.environ["TWILIO_ACCOUNT_SID"])
h = {"X-Shopify-Access-Token": os.environ["SHOPIFY_ADMIN_TOKEN"]}
while True:
    url = f"https://{os.environ['SHOPIFY_STORE']}/admin/api/2024-10/orders.json?fulfillment_status=shipped"
    for o in requests.get(url, headers=h, timeout=20).json().get("orders", []):
        for f in o.get("fulfillments", []):
            etape = f.get("shipment_status") or "in_transit"
            cle = f"{o['id']}:{etape}"
            if cle not in vus and o.get("phone"):
                sms.messages.create(to=o["phone"], from_="BOUTIQUE", body=f"Votre colis {f['tracking_number']} : {etape}")
                vus[cle] = time.time()
    etat.write_text(json.dumps(vus))
    time.sleep(int(os.environ.get("INTERVALLE", 30)) * 60)
