function gclean --description 'delete local branches merged into main'
    set -l merged (git branch --merged main | string trim | string match -v -r '^(\*|main|master)$')
    if test (count $merged) -eq 0
        echo 'nothing to clean'
        return
    end
    printf '%s\n' $merged
    read -l -P 'delete these? [y/N] ' ok
    test "$ok" = y; and git branch -d $merged
end
