"""Enrichit un CSV de SIRET avec l'API Sirene (clé personnelle dans INSEE_API_KEY). Lecture seule."""
import argparse
import csv
import os
import sys
import time

import requests

API = "https://api.insee.fr/api-sirene/3.11/siret/"


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    if len(digits) not in (9, 14):
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 else d
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def fetch(session, siret):
    while True:
        r = session.get(API + siret, timeout=20)
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", "10")))
            continue
        if r.status_code == 404:
            return None
        if r.status_code == 403:
            return {"etat": "non diffusible"}
        r.raise_for_status()
        e = r.json()["etablissement"]
        adr, ul = e["adresseEtablissement"], e["uniteLegale"]
        periode = e["periodesEtablissement"][0]
        return {
            "raison_sociale": ul.get("denominationUniteLegale") or f"{ul.get('prenom1UniteLegale', '')} {ul.get('nomUniteLegale', '')}".strip(),
            "adresse": " ".join(filter(None, [adr.get("numeroVoieEtablissement"), adr.get("typeVoieEtablissement"), adr.get("libelleVoieEtablissement")])),
            "code_postal": adr.get("codePostalEtablissement"),
            "commune": adr.get("libelleCommuneEtablissement"),
            "ape": periode.get("activitePrincipaleEtablissement"),
            "etat": periode.get("etatAdministratifEtablissement"),
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("fichier")
    ap.add_argument("--colonne", default="siret")
    a = ap.parse_args()
    cle = os.environ.get("INSEE_API_KEY")
    if not cle:
        sys.exit("exportez INSEE_API_KEY (votre clé personnelle du portail Insee)")
    s = requests.Session()
    s.headers.update({"X-INSEE-Api-Key-Integration": cle, "Accept": "application/json"})
    lignes = list(csv.DictReader(open(a.fichier, encoding="utf-8")))
    champs = list(lignes[0].keys()) + ["raison_sociale", "adresse", "code_postal", "commune", "ape", "etat", "controle"]
    w = csv.DictWriter(sys.stdout, fieldnames=champs)
    w.writeheader()
    for ligne in lignes:
        num = "".join(c for c in ligne[a.colonne] if c.isdigit())
        ligne["controle"] = "valide" if luhn_ok(num) else "invalide"
        if ligne["controle"] == "valide" and len(num) == 14:
            ligne.update(fetch(s, num) or {"etat": "introuvable"})
        w.writerow(ligne)
        time.sleep(2.1)  # rester sous le quota par minute


if __name__ == "__main__":
    main()
