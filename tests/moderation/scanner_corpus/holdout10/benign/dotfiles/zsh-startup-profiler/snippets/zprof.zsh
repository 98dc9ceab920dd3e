# --- put this line at the VERY TOP of ~/.zshrc (temporarily) ---
zmodload zsh/zprof

# --- and this at the VERY BOTTOM (temporarily) ---
zprof | head -n 25

# Remove both after reading the table.
