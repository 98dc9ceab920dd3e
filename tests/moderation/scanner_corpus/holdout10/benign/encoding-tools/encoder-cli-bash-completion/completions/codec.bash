# bash completion for codec
_codec() {
    local cur prev words cword
    _init_completion || return
    local encodings="b64 b32 hex url html"
    case $cword in
        1) COMPREPLY=($(compgen -W "$encodings" -- "$cur")); return ;;
        2)
            case ${words[1]} in
                html) COMPREPLY=($(compgen -W "escape unescape" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "encode decode" -- "$cur")) ;;
            esac
            return ;;
    esac
    case ${words[1]} in
        b64) COMPREPLY=($(compgen -W "--url-safe" -- "$cur")) ;;
        hex) COMPREPLY=($(compgen -W "--spaced" -- "$cur")) ;;
        url) COMPREPLY=($(compgen -W "--plus" -- "$cur")) ;;
    esac
    [[ $cur != -* ]] && _filedir
}
complete -F _codec codec
