import datetime as dt

def trim_whitespace(rows):
    return [{k: (v or "").strip() for k, v in r.items()} for r in rows]

def iso_dates(rows):
    for r in rows:
        for k, v in r.items():
            for fmt in ("%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y"):
                try:
                    r[k] = dt.datetime.strptime(v, fmt).date().isoformat()
                    break
                except (ValueError, TypeError):
                    pass
    return rows

def drop_duplicates(rows):
    seen, out = set(), []
    for r in rows:
        key = tuple(r.values())
        if key not in seen:
            seen.add(key); out.append(r)
    return out
