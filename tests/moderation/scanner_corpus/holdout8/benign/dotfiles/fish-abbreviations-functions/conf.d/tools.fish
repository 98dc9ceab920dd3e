type -q starship; and starship init fish | source
type -q direnv; and direnv hook fish | source
type -q zoxide; and zoxide init fish | source
set -g fish_greeting
