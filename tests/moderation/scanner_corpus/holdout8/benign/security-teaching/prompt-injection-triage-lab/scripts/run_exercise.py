import json
import sys
import unicodedata

ex = json.load(open(sys.argv[1], encoding="utf-8"))
text = ex["material"]
hidden = [c for c in text if unicodedata.category(c) == "Cf"]
print(text)
print("-" * 60)
if hidden:
    print(f"{len(hidden)} invisible format characters present (category Cf)")
labels = set(input("your labels (comma separated): ").split(","))
want = set(ex["expected_labels"])
print("missed:", sorted(want - labels) or "none")
print("extra:", sorted(labels - want) or "none")
