-- tables with many sequential scans and few index scans
CREATE OR REPLACE VIEW explainer_seq_heavy AS
SELECT relname, seq_scan, idx_scan, n_live_tup
FROM pg_stat_user_tables
WHERE seq_scan > 10 * coalesce(idx_scan, 0) AND n_live_tup > 10000
ORDER BY seq_scan DESC;

-- unused indexes (candidates to drop, check with the team first)
CREATE OR REPLACE VIEW explainer_unused AS
SELECT indexrelname, idx_scan, pg_size_pretty(pg_relation_size(indexrelid)) AS size
FROM pg_stat_user_indexes WHERE idx_scan = 0;
