function mkcd --description 'Crée un dossier et y entre'
    mkdir -p $argv[1]; and cd $argv[1]
end
