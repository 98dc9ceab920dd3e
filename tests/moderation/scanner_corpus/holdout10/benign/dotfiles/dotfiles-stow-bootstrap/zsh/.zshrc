# Managed by ~/dotfiles (stow). Machine-specific settings go in ~/.zshrc.local.
export EDITOR=nvim
HISTFILE=~/.zsh_history
HISTSIZE=50000
SAVEHIST=50000
setopt hist_ignore_dups share_history
autoload -Uz compinit && compinit
bindkey -e
alias ll='ls -lah'
[ -f ~/.zshrc.local ] && source ~/.zshrc.local
