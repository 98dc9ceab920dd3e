HISTSIZE=100000
HISTFILESIZE=200000
HISTTIMEFORMAT='%F %T '
HISTCONTROL=ignoreboth:erasedups
HISTIGNORE='ls:ll:cd:pwd:exit:clear'
shopt -s histappend
PROMPT_COMMAND="history -a; ${PROMPT_COMMAND:-}"
