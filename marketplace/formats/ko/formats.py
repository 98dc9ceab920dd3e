"""Korean formats of the site; Django's own for everything else ("2026년 12월 6일" for
DATE_FORMAT). The short date is the one Korean software shows ("2026. 12. 6.", as
Intl.DateTimeFormat("ko-KR") writes it), for tight places: the stats box, tables."""

SHORT_DATE_FORMAT = "Y. n. j."
