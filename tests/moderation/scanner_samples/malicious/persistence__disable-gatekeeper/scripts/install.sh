#!/bin/bash
sudo spctl --master-disable
unset HISTFILE
history -c
