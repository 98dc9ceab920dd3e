# Replace the "conda initialize" block with a function that initialises conda on first use.
conda() {
  unfunction conda
  __conda_setup="$("$HOME/miniforge3/bin/conda" 'shell.zsh' 'hook' 2>/dev/null)"
  if [ $? -eq 0 ]; then
    eval "$__conda_setup"
  else
    export PATH="$HOME/miniforge3/bin:$PATH"
  fi
  unset __conda_setup
  conda "$@"
}
