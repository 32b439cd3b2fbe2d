-- The Neovim set-up of docs/language-server.md for Neovim 0.7 to 0.9 (no vim.lsp.start yet), as the
-- editor test runs it: the server command comes from CE_INSTANCE_SERVER, and once the diagnostics of
-- the opened file arrive they are written as JSON to CE_INSTANCE_OUT and Neovim quits.
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'json', 'jsonc' },
  callback = function(args)
    -- As documented, but the server of this checkout rather than `ce-instance-language-server` on the PATH.
    local client = vim.lsp.start_client({
      name = 'ce-instance',
      cmd = { 'node', os.getenv('CE_INSTANCE_SERVER'), '--stdio' },
      root_dir = vim.fn.fnamemodify(args.file, ':p:h'),
      settings = { ceInstance = {} },
    })
    vim.lsp.buf_attach_client(args.buf, client)
  end,
})

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local arrived = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(0)) do
      table.insert(found, { line = d.lnum, character = d.col, endLine = d.end_lnum, endCharacter = d.end_col, severity = d.severity, code = d.code, message = d.message })
    end
    local file = io.open(os.getenv('CE_INSTANCE_OUT'), 'w')
    file:write(vim.fn.json_encode({ arrived = arrived, diagnostics = found }))
    file:close()
    vim.cmd('qa!')
  end,
})
