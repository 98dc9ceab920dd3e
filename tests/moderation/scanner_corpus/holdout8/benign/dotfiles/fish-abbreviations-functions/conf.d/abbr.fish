abbr -a g git
abbr -a gs git status -sb
abbr -a gco git checkout
abbr -a gp git push
abbr -a d docker
abbr -a dc docker compose
abbr -a k kubectl
abbr -a kgp kubectl get pods
