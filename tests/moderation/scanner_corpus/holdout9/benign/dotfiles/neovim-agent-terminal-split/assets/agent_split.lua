local M = {}
local state = { buf = nil, win = nil, job = nil }

function M.toggle(cmd)
  if state.win and vim.api.nvim_win_is_valid(state.win) then
    vim.api.nvim_win_hide(state.win)
    state.win = nil
    return
  end
  vim.cmd("vsplit")
  vim.cmd("vertical resize " .. math.floor(vim.o.columns * 0.4))
  state.win = vim.api.nvim_get_current_win()
  if state.buf and vim.api.nvim_buf_is_valid(state.buf) then
    vim.api.nvim_win_set_buf(state.win, state.buf)
  else
    vim.cmd("terminal " .. cmd)
    state.buf = vim.api.nvim_get_current_buf()
    state.job = vim.b.terminal_job_id
  end
  vim.cmd("startinsert")
end

function M.send_file()
  if not state.job then return end
  local path = vim.fn.expand("%:.")
  vim.fn.chansend(state.job, "@" .. path .. " ")
end

function M.setup(opts)
  local cmd = (opts and opts.cmd) or "claude"
  vim.keymap.set("n", "<leader>aa", function() M.toggle(cmd) end, { desc = "Agent split" })
  vim.keymap.set("n", "<leader>af", M.send_file, { desc = "Send file to agent" })
end

return M
