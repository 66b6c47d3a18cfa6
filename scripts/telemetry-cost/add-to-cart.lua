-- wrk script: POST /cart as many customers, each adding the demo products in turn. Tokens and product ids come from
-- the files the driver writes; each wrk thread starts at a different customer.
local tokens, products = {}, {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do tokens[#tokens + 1] = line end
for line in io.lines(os.getenv("BENCH_PRODUCTS")) do products[#products + 1] = line end
local counter = 0

function setup(thread)
  thread:set("offset", counter * 97)
  counter = counter + 1
end

function init(args)
  next_request = offset or 0
end

function request()
  next_request = next_request + 1
  local token = tokens[(next_request % #tokens) + 1]
  local product = products[(math.floor(next_request / #tokens) % #products) + 1]
  local body = '{"item_id": "' .. product .. '", "quantity": 1}'
  return wrk.format("POST", "/cart", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function done(summary, latency, requests)
  io.write(string.format("BENCH requests=%d errors=%d non2xx=%d duration_us=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.duration, latency:percentile(50), latency:percentile(99)))
end
