return {
  { "nvim-treesitter/nvim-treesitter", build = ":TSUpdate",
    config = function()
      require("nvim-treesitter.configs").setup({
        ensure_installed = { "lua", "python", "javascript", "bash", "markdown" },
        highlight = { enable = true },
      })
    end },
  { "williamboman/mason.nvim", config = true },
  { "neovim/nvim-lspconfig",
    config = function()
      local lsp = require("lspconfig")
      lsp.pyright.setup({})
      lsp.lua_ls.setup({ settings = { Lua = { diagnostics = { globals = { "vim" } } } } })
    end },
  { "nvim-telescope/telescope.nvim", dependencies = { "nvim-lua/plenary.nvim" } },
  { "lewis6991/gitsigns.nvim", config = true },
}
