"""Writes of the rankings domain, one module per concern, in the order data flows:

- `events`: recording events (views, copies, downloads, installs) and the rate limit;
- `summaries`: daily summaries (SkillDailyCount) of the days that can no longer change;
- `totals`: all-time totals per skill (SkillCountTotal) of the days no window reads;
- `aggregate`: counted events per skill and window, from the three tables above;
- `run`: the daily ranking run (`rankings_compute`), with `scores` (the rules applied to
  every skill, the boards) and `writes` (popularity, snapshots, sort keys);
- `prune`: summarising and deleting old raw events.

`db` holds the database helpers they share. Import from the module that defines a name;
this package re-exports nothing.

Counting windows are whole UTC days. Rankings read SkillDailyCount (counted events per
skill, kind and day) for the days before a boundary and the raw events from it on: before
aggregating, `rankings_compute` summarises every day that can no longer receive events
(`daily_counts_refresh`), so the daily run reads the summary plus the raw events of the
last three or four days. Pruning summarises whole days and deletes them oldest first. At
every moment each day is read from exactly one of the two tables, so neither summarising
nor pruning changes a ranking.
"""
