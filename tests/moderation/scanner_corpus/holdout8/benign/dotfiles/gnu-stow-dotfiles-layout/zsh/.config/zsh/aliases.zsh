alias ll='ls -lah'
alias gs='git status -sb'
alias k=kubectl
