#!/usr/bin/env bash
set -e
tpl=~/.git-template
mkdir -p "$tpl/hooks"
cp git-template/hooks/* "$tpl/hooks/"
git config --global init.templateDir "$tpl"
git config --global core.hooksPath "$tpl/hooks"
echo "hooks installed for all repositories"
