#!/usr/bin/env python3
"""Decode or encode a URL's query string for inspection."""
import argparse
import json
import urllib.parse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url_or_query")
    parser.add_argument("--encode-json", action="store_true", help="treat input as a JSON object and encode it")
    args = parser.parse_args()

    if args.encode_json:
        print(urllib.parse.urlencode(json.loads(args.url_or_query), doseq=True))
        return
    parts = urllib.parse.urlsplit(args.url_or_query)
    query = parts.query or args.url_or_query
    print(f"path: {urllib.parse.unquote(parts.path)}" if parts.path else "", end="\n" if parts.path else "")
    for key, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
        print(f"{key!r:24} = {value!r}")


if __name__ == "__main__":
    main()
