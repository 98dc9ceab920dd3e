"""Search OpenAlex works and print a Markdown list."""
import argparse
import json
import os
import urllib.parse
import urllib.request

API = "https://api.openalex.org/works"


def fetch(params: dict) -> dict:
    mail = os.environ.get("OPENALEX_MAILTO")
    if mail:
        params["mailto"] = mail
    url = API + "?" + urllib.parse.urlencode(params)
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)


def line(w: dict) -> str:
    authors = w.get("authorships") or []
    first = authors[0]["author"]["display_name"] if authors else "?"
    venue = ((w.get("primary_location") or {}).get("source") or {}).get("display_name", "")
    return (f"- **{w['display_name']}** ({first}, {w.get('publication_year')}) {venue}; "
            f"cited {w.get('cited_by_count', 0)}; {w.get('doi') or ''}")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("query", nargs="?")
    p.add_argument("--doi")
    p.add_argument("--from", dest="year", type=int)
    p.add_argument("--limit", type=int, default=10)
    a = p.parse_args()
    if a.doi:
        params = {"filter": f"doi:{a.doi}"}
    else:
        params = {"search": a.query, "per-page": a.limit, "sort": "cited_by_count:desc"}
        if a.year:
            params["filter"] = f"from_publication_date:{a.year}-01-01"
    for w in fetch(params)["results"]:
        print(line(w))


if __name__ == "__main__":
    main()
