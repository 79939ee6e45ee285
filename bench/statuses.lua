-- wrk script: counts the answers by HTTP status over all threads and prints them after the run,
-- as "statuses: 200=N 304=M ...", so a run can show that nothing but the expected codes came back.
-- wrk -s bench/statuses.lua ...; a path list may be passed after "--" (one is picked per request,
-- in turn), e.g. wrk -s bench/statuses.lua URL -- /api/v1/fact-checks /api/v1/entities
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   statuses = {}
   paths = args
   next_path = 0
end

function request()
   if #paths == 0 then
      return wrk.format()
   end
   next_path = next_path % #paths + 1
   return wrk.format(nil, paths[next_path])
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local total = {}
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         total[status] = (total[status] or 0) + count
      end
   end
   local codes = {}
   for status in pairs(total) do
      table.insert(codes, status)
   end
   table.sort(codes)
   local line = "statuses:"
   for _, status in ipairs(codes) do
      line = line .. " " .. status .. "=" .. total[status]
   end
   print(line)
   local e = summary.errors
   print(string.format("socket errors: connect=%d read=%d write=%d timeout=%d", e.connect, e.read, e.write, e.timeout))
end
