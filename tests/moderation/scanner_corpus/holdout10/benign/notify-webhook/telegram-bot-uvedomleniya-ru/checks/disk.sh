#!/bin/sh
# Сообщить, если раздел заполнен более чем на 90 %.
df -P -x tmpfs -x devtmpfs | awk 'NR>1 && $5+0 > 90 {print $6": "$5}' | while read -r line; do
  python3 /opt/tg-notify/tg_notify.py "Диск почти заполнен — $line"
done
