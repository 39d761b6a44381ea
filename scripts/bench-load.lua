-- wrk script for scripts/bench-load.sh: rotates a list of queries over /api/search and the /search page.
-- Each thread starts at a different offset so that connections do not move in lockstep.
local queries = {
  "d%C3%A2n%20v%E1%BA%ADn%20kh%C3%A9o",                 -- dân vận khéo
  "c%E1%BA%A3i%20c%C3%A1ch%20h%C3%A0nh%20ch%C3%ADnh",     -- cải cách hành chính
  "%2233%2FCT-TTg%22",                                    -- "33/CT-TTg"
  "25-NQ%2FTW",                                           -- 25-NQ/TW
  "%22d%C3%A2n%20ch%E1%BB%A7%20%E1%BB%9F%20c%C6%A1%20s%E1%BB%9F%22", -- "dân chủ ở cơ sở"
  "dan%20van%20chinh%20quyen",                            -- folded words
  "chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91&level=xa", -- chuyển đổi số, commune plans only
}
local paths = { "/api/search?q=", "/search?q=" }
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter)
end

function init(args)
  i = tonumber(offset) or 0
end

function request()
  i = i + 1
  local path = paths[(i % #paths) + 1] .. queries[(i % #queries) + 1]
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("requests: %d in %.1f s (%.1f req/s)\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("non-2xx: %d; socket errors: connect %d, read %d, write %d, timeout %d\n", non2xx,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
