export EDITOR=nvim
HISTSIZE=50000
SAVEHIST=50000
setopt HIST_IGNORE_SPACE SHARE_HISTORY
source ~/.config/zsh/aliases.zsh
