import collections, glob, sys
import xml.etree.ElementTree as ET

outcomes = collections.defaultdict(collections.Counter)
for f in glob.glob(f"{sys.argv[1]}/run-*.xml"):
    for case in ET.parse(f).iter("testcase"):
        name = f"{case.get('classname')}::{case.get('name')}"
        state = "fail" if case.find("failure") is not None or case.find("error") is not None else "pass"
        outcomes[name][state] += 1
flaky = [(n, c) for n, c in outcomes.items() if c["fail"] and c["pass"]]
for n, c in sorted(flaky, key=lambda x: -x[1]["fail"]):
    print(f"{c['fail']:3}/{c['fail'] + c['pass']:<3} {n}")
print(f"{len(flaky)} flaky of {len(outcomes)} tests")
