-- wrk script: optional rotation over a list of paths, and a machine-readable summary with p95.
--
--   WRK_PATHS=file   each request takes the next path from the file (one per line); without it wrk
--                    requests the URL given on its command line
--   WRK_COOKIES=file each request sends the next Cookie header value from the file (one per line), so that
--                    the load comes from many sessions, not one
--   WRK_LABEL=name   the label of the summary line
--
-- The summary line (stdout, last line) reads:
--   RESULT label=... requests=... duration_s=... rps=... p50_ms=... p75_ms=... p90_ms=... p95_ms=...
--          p99_ms=... max_ms=... mean_ms=... stdev_ms=... non2xx=... socket_errors=...

local paths = nil
local next_path = 1
local cookies = nil
local next_cookie = 1

local function lines(file)
   local list = {}
   for line in io.lines(file) do
      if line ~= "" then
         list[#list + 1] = line
      end
   end
   return list
end

function init(args)
   local file = os.getenv("WRK_PATHS")
   if file and file ~= "" then
      paths = lines(file)
      next_path = math.random(1, #paths) -- threads start at different places in the list
   end
   file = os.getenv("WRK_COOKIES")
   if file and file ~= "" then
      cookies = lines(file)
      next_cookie = math.random(1, #cookies)
   end
end

function request()
   if not paths and not cookies then
      return wrk.request()
   end
   local path = nil
   if paths then
      path = paths[next_path]
      next_path = next_path % #paths + 1
   end
   local headers = nil
   if cookies then
      headers = {}
      for k, v in pairs(wrk.headers) do
         headers[k] = v
      end
      headers["Cookie"] = cookies[next_cookie]
      next_cookie = next_cookie % #cookies + 1
   end
   return wrk.format(nil, path, headers)
end

local function ms(us)
   return string.format("%.2f", us / 1000.0)
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "RESULT label=%s requests=%d duration_s=%.2f rps=%.1f p50_ms=%s p75_ms=%s p90_ms=%s p95_ms=%s p99_ms=%s " ..
      "max_ms=%s mean_ms=%s stdev_ms=%s non2xx=%d socket_errors=%d\n",
      os.getenv("WRK_LABEL") or "run", summary.requests, seconds, summary.requests / seconds,
      ms(latency:percentile(50)), ms(latency:percentile(75)), ms(latency:percentile(90)),
      ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max), ms(latency.mean),
      ms(latency.stdev), e.status, e.connect + e.read + e.write + e.timeout))
end
