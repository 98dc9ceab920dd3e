import re

LINE = re.compile(r"^(\S+)\s+(?:\d+\s+)?(?:IN\s+)?(A|AAAA|CNAME|MX|TXT|NS)\s+(.+)$")

def records(path):
    for raw in open(path):
        raw = raw.split(";")[0].strip()
        m = LINE.match(raw)
        if m:
            yield m.group(1), m.group(2), m.group(3).strip('"')
