-- wrk script: POST the code-execution API. LANG=javascript|typescript
local lang = os.getenv("LANG_EXEC") or "javascript"
local code = "console.log(2 + 2)"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"code":"' .. code .. '","language":"' .. lang .. '"}'
