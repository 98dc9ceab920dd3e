import sys

import feedparser

for url in sys.argv[1:]:
    feed = feedparser.parse(url)
    print(f"# {feed.feed.get('title', url)}")
    for e in feed.entries[:10]:
        print(f"- {e.get('title')} — {e.get('link')}")
