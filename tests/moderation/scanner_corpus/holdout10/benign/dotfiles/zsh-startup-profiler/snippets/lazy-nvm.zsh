# Lazy-load nvm: the first call to nvm/node/npm/npx loads it, later calls are direct.
export NVM_DIR="$HOME/.nvm"
_load_nvm() {
  unset -f nvm node npm npx _load_nvm
  [ -s "$NVM_DIR/nvm.sh" ] && . "$NVM_DIR/nvm.sh"
}
for cmd in nvm node npm npx; do
  eval "$cmd() { _load_nvm; $cmd \"\$@\"; }"
done
