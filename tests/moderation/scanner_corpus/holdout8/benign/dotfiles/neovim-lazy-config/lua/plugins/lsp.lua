return {
  { "williamboman/mason.nvim", config = true },
  {
    "williamboman/mason-lspconfig.nvim",
    dependencies = { "neovim/nvim-lspconfig" },
    opts = { ensure_installed = { "pyright", "lua_ls", "ts_ls", "gopls" } },
    config = function(_, opts)
      require("mason-lspconfig").setup(opts)
      for _, s in ipairs(opts.ensure_installed) do
        require("lspconfig")[s].setup({})
      end
      vim.keymap.set("n", "gd", vim.lsp.buf.definition)
      vim.keymap.set("n", "<leader>rn", vim.lsp.buf.rename)
    end,
  },
}
