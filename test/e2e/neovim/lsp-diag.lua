-- Headless Neovim (0.7+) as a real LSP client of the fengong server: opens FILE, waits for the server's first
-- publishDiagnostics for it (and at least EXPECT diagnostics), prints one JSON line and exits.
--   FILE=<file> SERVER=<dist/server.js> [EXPECT=n] [TIMEOUT_MS=ms] [FILETYPE=ft] \
--     nvim --headless --clean -n -u NONE -c 'luafile lsp-diag.lua'
-- Exit 0 = got them, 2 = timed out, 3 = the server failed to start or died.
-- Ranges are printed as the server sent them (LSP positions, UTF-16 code units), not Neovim's byte columns.
local file = assert(os.getenv('FILE'), 'FILE not set')
local server = assert(os.getenv('SERVER'), 'SERVER not set')
local node = os.getenv('NODE') or 'node'
local timeout_ms = tonumber(os.getenv('TIMEOUT_MS') or '20000')
local expect = tonumber(os.getenv('EXPECT') or '0')

local function finish(code, payload)
  io.stdout:write(vim.json.encode(payload), '\n')
  io.stdout:flush()
  os.exit(code)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
if os.getenv('FILETYPE') then vim.bo[buf].filetype = os.getenv('FILETYPE') end
local target_uri = vim.uri_from_bufnr(buf)

local published = nil -- raw LSP diagnostics of the last publish for our file
local publishes = 0
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.uri == target_uri then
    published = result.diagnostics
    publishes = publishes + 1
  end
  return default_handler(err, result, ctx, config)
end

local stderr_lines = {}
local client_id = vim.lsp.start_client({
  name = 'fengong',
  cmd = { node, server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  handlers = {},
  on_exit = function(code, signal)
    if code ~= 0 or published == nil then
      finish(3, { error = 'server exited before publishing diagnostics', code = code, signal = signal })
    end
  end,
})
if not client_id then finish(3, { error = 'could not start server', cmd = { node, server, '--stdio' } }) end
vim.lsp.buf_attach_client(buf, client_id)

local ok = vim.wait(timeout_ms, function()
  return published ~= nil and #published >= expect
end, 50)

local out = {}
for _, d in ipairs(published or {}) do
  table.insert(out, {
    code = d.code, source = d.source, severity = d.severity, message = d.message,
    range = d.range,
  })
end
local attached = #vim.diagnostic.get(buf)
local client = vim.lsp.get_client_by_id(client_id)
local server_name = client and client.server_capabilities and 'started' or 'unknown'
vim.lsp.stop_client(client_id)
local v = vim.version()
finish(ok and 0 or 2, {
  nvim = v.major .. '.' .. v.minor .. '.' .. v.patch,
  file = file, filetype = vim.bo[buf].filetype, publishes = publishes, server = server_name,
  shown_in_buffer = attached, diagnostics = out,
  error = (not ok) and ('timed out after ' .. timeout_ms .. ' ms waiting for publishDiagnostics') or nil,
})
