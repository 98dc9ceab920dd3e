# >>> agenten-aliase >>>
alias cc='claude'
alias ccc='claude --continue'
alias ccr='claude --resume'
alias cx='codex'
alias gm='gemini'
# Agent in einem neuen git worktree starten: wt <branch>
wt() {
  local b="$1"; [ -z "$b" ] && { echo "wt <branch>"; return 1; }
  git worktree add "../wt-$b" -b "$b" && cd "../wt-$b" && claude
}
# <<< agenten-aliase <<<
