function extraire --description 'Décompresse une archive selon son extension'
    switch $argv[1]
        case '*.tar.gz' '*.tgz'
            tar xzf $argv[1]
        case '*.tar.xz'
            tar xJf $argv[1]
        case '*.zip'
            unzip $argv[1]
        case '*'
            echo "format inconnu : $argv[1]"
            return 1
    end
end
