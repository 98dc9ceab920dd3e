# abbreviations for agent and git workflows
abbr -a gs git status
abbr -a gd git diff
abbr -a gca git commit --amend --no-edit
abbr -a cc claude
abbr -a ccc claude --continue
abbr -a cx codex
