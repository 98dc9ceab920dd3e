# ~/.config/fish/config.fish — modèle commenté
if status is-interactive
    # Chemins
    fish_add_path ~/.local/bin ~/bin

    # Éditeur
    set -gx EDITOR nvim

    # Abréviations (remplacent les alias bash)
    abbr -a ll 'ls -lah'
    abbr -a gs 'git status'
    abbr -a gc 'git commit'
    abbr -a gp 'git push'
    abbr -a dc 'docker compose'

    # Intégrations, seulement si l'outil est installé
    type -q direnv; and direnv hook fish | source
    type -q starship; and starship init fish | source
    type -q pyenv; and pyenv init - fish | source

    # Pas de message d'accueil
    set -g fish_greeting
end

# Réglages propres à cette machine (non versionnés)
test -f ~/.config/fish/local.fish; and source ~/.config/fish/local.fish
