-- wrk script of the search page's load test (issue 8): requests the addresses of a file
-- made by SearchPageUrls, one a line as "<language>\t<path>", in the file's order (so the
-- mix's own repeats are the only repeats), each with the visitor's Accept-Language; every
-- thread starts at its own place. Prints p95 besides wrk's percentiles.
--   URLS=urls.tsv wrk -t1 -c8 -d60s --latency -s search-page.lua http://127.0.0.1:8080
-- COOKIE="SESSION=..." sends a session cookie (a signed-in visitor). START=n begins at the
-- file's n-th address (the warm-up takes addresses the measured runs do not reach).

local file = os.getenv("URLS") or "urls.tsv"
local cookie = os.getenv("COOKIE")
local start = tonumber(os.getenv("START") or "1")
local threads = {}
local requests = {}
local position = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(file) do
    local language, path = line:match("^(%a+)\t(.+)$")
    if path then
      local headers = { ["Accept-Language"] = language }
      if cookie then
        headers["Cookie"] = cookie
      end
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
  end
  if #requests == 0 then
    error("no addresses in " .. file)
  end
  -- threads far apart in the list, so they do not ask for the same page at once
  position = (start - 1 + id * 7919) % #requests
end

function request()
  position = position + 1
  if position > #requests then
    position = 1
  end
  return requests[position]
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  local function ms(p)
    return string.format("%.1f", latency:percentile(p) / 1000)
  end
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50=%s p75=%s p90=%s p95=%s p99=%s max=%.1f mean=%.1f "
      .. "non2xx3xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds, ms(50), ms(75), ms(90), ms(95), ms(99),
    latency.max / 1000, latency.mean / 1000, errors.status, errors.connect, errors.read, errors.write,
    errors.timeout))
end
