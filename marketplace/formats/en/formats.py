"""English formats of the site; Django's own for everything else. One date format on every
page, Django's DATE_FORMAT ("Dec. 6, 2026"), also where the short one is asked for (the stats
box, tables): Django's English short date (12/06/2026) would be a second format. Korean:
marketplace/formats/ko/."""

SHORT_DATE_FORMAT = "N j, Y"
