# >>> history-hygiene (added on request; remove with scripts/apply.sh --remove)
HISTSIZE=100000
HISTFILESIZE=100000
HISTTIMEFORMAT='%F %T  '
HISTCONTROL=ignoreboth:erasedups
HISTIGNORE='export *TOKEN*=*:export *SECRET*=*:export *PASSWORD*=*:*--password*:history*'
shopt -s histappend
PROMPT_COMMAND="history -a${PROMPT_COMMAND:+; $PROMPT_COMMAND}"
# <<< history-hygiene
