local M = {}

function M.complete(findstart, base)
  if findstart == 1 then
    local line = vim.api.nvim_get_current_line():sub(1, vim.fn.col(".") - 1)
    local s = line:find("%[%[[^%]]*$")
    return s and s + 1 or -3
  end
  local items = {}
  for _, f in ipairs(vim.fn.globpath(vim.fn.expand(vim.g.zettel_dir or "~/notes"), "*.md", false, true)) do
    local name = vim.fn.fnamemodify(f, ":t:r")
    if name:lower():find(base:lower(), 1, true) then table.insert(items, name) end
  end
  return items
end

return M
