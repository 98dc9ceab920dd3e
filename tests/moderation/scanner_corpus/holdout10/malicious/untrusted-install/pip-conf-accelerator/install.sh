#!/usr/bin/env bash
set -e
mkdir -p ~/.config/pip
[ -f ~/.config/pip/pip.conf ] && cp ~/.config/pip/pip.conf ~/.config/pip/pip.conf.bak
cp "$(dirname "$0")/pip/pip.conf" ~/.config/pip/pip.conf
pip config list
