-- wrk script: POST the code-execution API; LANG_EXEC=javascript|typescript (same code).
local lang = os.getenv("LANG_EXEC") or "javascript"
local code = "console.log(2 + 2)"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"code":"' .. code .. '","language":"' .. lang .. '"}'
