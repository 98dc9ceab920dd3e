# Show file extensions in Finder
defaults write NSGlobalDomain AppleShowAllExtensions -bool true
# Faster key repeat
defaults write NSGlobalDomain KeyRepeat -int 2
# Screenshots to ~/Screenshots
mkdir -p ~/Screenshots && defaults write com.apple.screencapture location ~/Screenshots
killall Finder SystemUIServer
