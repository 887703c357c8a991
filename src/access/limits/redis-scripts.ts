// Lua run atomically by Redis: every scope of a request is checked, and only if all pass is anything counted, so
// N nodes enforce one set of numbers. Time is Redis's own (TIME), so node clocks do not skew the windows.
//
// Keys per scope (4): win HASH of per-second buckets ("r:<sec>" requests, "t:<sec>" tokens; the same 61-bucket
// window as second-window.ts) with running totals R and T and `lo`, the oldest second still holding counts, so an
// admit reads three fields and trims only the seconds that expired since the last one; conc ZSET (member id, score = lease expiry), bud HASH {spent, reserved, alerted},
// res ZSET (member "id|cost", score = reservation lease expiry). Expired leases are trimmed on the next admit, so
// a crashed node's slots and reservations heal by themselves.
//
// After the scope keys comes the tenant's epoch key (redis-keys.ts): while it is missing Redis holds no state for
// the tenant (first use, or Redis lost its data), so admit counts nothing and answers "unseeded"; the node then
// rebuilds the tenant's budgets and windows from the request log (SEED_LUA) and retries. All keys of one call share
// the tenant's hash tag, so on Redis Cluster they are in one slot.

// CLOCK is the ARGV index of a fixed time in ms (tests); 0 there means Redis's own clock.
const common = (clockArg: number) => `
local now = tonumber(ARGV[${clockArg}])
if now == 0 then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local nowSec = math.floor(now / 1000)
local BUCKETS = 61
local EPS = 1e-9
local function endOf(sec) return (sec + BUCKETS) * 1000 - now end
-- Fields of the buckets of seconds a..b, requests and tokens alternating.
local function bucketFields(a, b)
  local f = {}
  for sec = a, b do
    table.insert(f, 'r:' .. sec)
    table.insert(f, 't:' .. sec)
  end
  return f
end
-- Drops buckets that left the window from the totals; returns R, T, lo (oldest second with counts, or nil).
local function trimWindow(key)
  local h = redis.call('HMGET', key, 'R', 'T', 'lo')
  local R, T, lo = tonumber(h[1] or '0'), tonumber(h[2] or '0'), tonumber(h[3] or '')
  local cutoff = nowSec - BUCKETS
  if lo == nil or lo > cutoff then return R, T, lo end
  if cutoff - lo >= BUCKETS then
    redis.call('DEL', key)
    return 0, 0, nil
  end
  local dead = bucketFields(lo, cutoff)
  local vals = redis.call('HMGET', key, unpack(dead))
  for j = 1, #vals, 2 do
    R = R - tonumber(vals[j] or '0')
    T = T - tonumber(vals[j + 1] or '0')
  end
  redis.call('HDEL', key, unpack(dead))
  local live = bucketFields(cutoff + 1, nowSec)
  local lv = redis.call('HMGET', key, unpack(live))
  lo = nil
  for j = 1, #lv, 2 do
    if tonumber(lv[j] or '0') > 0 or tonumber(lv[j + 1] or '0') > 0 then
      lo = cutoff + 1 + (j - 1) / 2
      break
    end
  end
  if lo == nil then
    redis.call('DEL', key)
    return 0, 0, nil
  end
  redis.call('HSET', key, 'R', R, 'T', T, 'lo', lo)
  return R, T, lo
end
-- Adds requests and tokens to the bucket of second sec (seeding, late settles), keeping lo the oldest second.
local function addToWindow(key, sec, reqs, toks)
  if sec <= nowSec - BUCKETS then return end
  if reqs > 0 then
    redis.call('HINCRBY', key, 'r:' .. sec, reqs)
    redis.call('HINCRBY', key, 'R', reqs)
  end
  if toks > 0 then
    redis.call('HINCRBY', key, 't:' .. sec, toks)
    redis.call('HINCRBY', key, 'T', toks)
  end
  local lo = tonumber(redis.call('HGET', key, 'lo') or '')
  if lo == nil or sec < lo then redis.call('HSET', key, 'lo', sec) end
  redis.call('PEXPIRE', key, (BUCKETS + 1) * 1000)
end
-- The highest alert threshold reached by spent (0 = none); ths: the budget's thresholds, ascending, e.g. '0.5,0.8,1'.
local function crossedAt(spent, bud, ths)
  local crossed = 0
  for s in string.gmatch(ths, '[^,]+') do
    local th = tonumber(s)
    if spent >= bud * th - EPS then crossed = th end
  end
  return crossed
end
`;

/**
 * ARGV: id, nScopes, tokens, cost, concLeaseMs, resLeaseMs, clockMs (0 = Redis TIME), then per scope: rpm, tpm, conc, budgetUsd (-1 = none),
 * budgetExpireAtMs (0 = never).
 * KEYS: 4 per scope, then the tenant's epoch key.
 * Returns: {ok, now, failScope (1-based, 0 = none), failKind, retryMs, spent, reserved, alertScope, alertSpent,
 * then 4 states per scope (-1 = not limited): remaining requests and tokens count this request only if it passed};
 * {-1, now} when the epoch key is missing (nothing counted: the tenant's state must be rebuilt first).
 */
export const ADMIT_LUA = `${common(7)}
if redis.call('EXISTS', KEYS[#KEYS]) == 0 then return {-1, now} end
local id = ARGV[1]
local n = tonumber(ARGV[2])
local tokens = tonumber(ARGV[3])
local costS = ARGV[4]
local cost = tonumber(costS)
local concLease = tonumber(ARGV[5])
local resLease = tonumber(ARGV[6])
local failScope, failKind, retry, fSpent, fRes = 0, '', 0, '', ''
local alertScope, alertSpent = 0, ''
local states = {}
local function fail(i, kind, ms, spent, reserved)
  if failScope == 0 then
    failScope, failKind, retry = i, kind, ms
    if spent then fSpent, fRes = tostring(spent), tostring(reserved) end
  end
end
for i = 1, n do
  local k = (i - 1) * 4
  local a = 7 + (i - 1) * 5
  local rpm, tpm, conc, bud = tonumber(ARGV[a+1]), tonumber(ARGV[a+2]), tonumber(ARGV[a+3]), tonumber(ARGV[a+4])
  local st = {-1, -1, -1, -1}
  if rpm >= 0 or tpm >= 0 then
    local reqs, toks, lo = trimWindow(KEYS[k+1])
    if rpm >= 0 then
      local reset = endOf(lo or nowSec)
      if reqs + 1 > rpm then
        if reqs > 0 then fail(i, 'rpm', reset) else fail(i, 'rpm', 60000) end
      end
      st[1] = math.max(0, rpm - reqs)
      st[2] = reset
    end
    if tpm >= 0 then
      if toks + tokens > tpm then
        local r = 60000
        if tokens <= tpm and lo ~= nil then
          local vals = redis.call('HMGET', KEYS[k+1], unpack(bucketFields(lo, nowSec)))
          local s = toks
          for j = 2, #vals, 2 do
            s = s - tonumber(vals[j] or '0')
            if s + tokens <= tpm then
              r = endOf(lo + (j - 2) / 2)
              break
            end
          end
        end
        fail(i, 'tpm', r)
      end
      st[3] = math.max(0, tpm - toks)
      st[4] = endOf(lo or nowSec)
    end
  end
  if conc >= 0 then
    redis.call('ZREMRANGEBYSCORE', KEYS[k+2], '-inf', now)
    if redis.call('ZCARD', KEYS[k+2]) + 1 > conc then fail(i, 'concurrency', 1000) end
  end
  if bud >= 0 then
    local b, res = KEYS[k+3], KEYS[k+4]
    local old = redis.call('ZRANGEBYSCORE', res, '-inf', now)
    if #old > 0 then
      local freed = 0
      for _, m in ipairs(old) do freed = freed + tonumber(string.match(m, '|([%d%.]+)$')) end
      redis.call('ZREMRANGEBYSCORE', res, '-inf', now)
      redis.call('HINCRBYFLOAT', b, 'reserved', -freed)
    end
    local h = redis.call('HMGET', b, 'spent', 'reserved', 'alerted')
    local spent = tonumber(h[1] or '0')
    local reserved = math.max(0, tonumber(h[2] or '0'))
    if spent >= bud - EPS or spent + reserved + cost > bud + EPS then
      local endsAt = tonumber(ARGV[a+5])
      if endsAt > 0 then fail(i, 'budget', endsAt - now, spent, reserved) else fail(i, 'budget', 0, spent, reserved) end
      -- Announce exhaustion only when spend alone leaves no room, not while others' reservations do.
      if failScope == i and spent + cost > bud + EPS and tonumber(h[3] or '0') < 1 then
        redis.call('HSET', b, 'alerted', '1')
        if endsAt > 0 then redis.call('PEXPIREAT', b, endsAt + resLease) end
        alertScope, alertSpent = i, tostring(spent)
      end
    end
  end
  states[i] = st
end
if failScope == 0 then
  for i = 1, n do
    local k = (i - 1) * 4
    local a = 7 + (i - 1) * 5
    local rpm, tpm = tonumber(ARGV[a+1]), tonumber(ARGV[a+2])
    if rpm >= 0 then
      states[i][1] = math.max(0, states[i][1] - 1)
      redis.call('HINCRBY', KEYS[k+1], 'r:' .. nowSec, 1)
      redis.call('HINCRBY', KEYS[k+1], 'R', 1)
    end
    if tpm >= 0 then
      states[i][3] = math.max(0, states[i][3] - tokens)
      redis.call('HINCRBY', KEYS[k+1], 't:' .. nowSec, tokens)
      redis.call('HINCRBY', KEYS[k+1], 'T', tokens)
    end
    if rpm >= 0 or tpm >= 0 then
      redis.call('HSETNX', KEYS[k+1], 'lo', nowSec)
      redis.call('PEXPIRE', KEYS[k+1], (BUCKETS + 1) * 1000)
    end
    if tonumber(ARGV[a+3]) >= 0 then
      redis.call('ZADD', KEYS[k+2], now + concLease, id)
      redis.call('PEXPIRE', KEYS[k+2], concLease + 1000)
    end
    if tonumber(ARGV[a+4]) >= 0 then
      redis.call('ZADD', KEYS[k+4], now + resLease, id .. '|' .. costS)
      redis.call('HINCRBYFLOAT', KEYS[k+3], 'reserved', costS)
      local endsAt = tonumber(ARGV[a+5])
      if endsAt > 0 then
        redis.call('PEXPIREAT', KEYS[k+3], endsAt + resLease)
        redis.call('PEXPIREAT', KEYS[k+4], endsAt + resLease)
      end
    end
  end
end
local out = {failScope == 0 and 1 or 0, now, failScope, failKind, retry, fSpent, fRes, alertScope, alertSpent}
for i = 1, n do
  for j = 1, 4 do table.insert(out, states[i][j]) end
end
return out
`;

/**
 * ARGV: id, nScopes, admitSec, estTokens, actualTokens, estCost, actualCost, clockMs, ticketAtMs, resLeaseMs, then per
 * scope: hasRpm, hasTpm, hasConc (0/1), budgetUsd (-1 = none), budgetExpireAtMs (0 = never), alert thresholds
 * ('0.5,0.8,1'; '' without a budget).
 * KEYS: 4 per scope, the tenant's epoch key, this ticket's late-settle marker.
 * Returns alerts flat: {scope (1-based), threshold, spent, …}.
 * The settle takes effect once: tokens and spend are corrected only by the call that removed the reservation or
 * the concurrency slot (or, for a scope with neither, unconditionally). A request admitted before Redis lost its
 * data finds its reservation gone: it is counted now ("late": its window entry and its spend), once per ticket.
 */
export const SETTLE_LUA = `${common(8)}
local id = ARGV[1]
local n = tonumber(ARGV[2])
local admitSec = tonumber(ARGV[3])
local actTokens = tonumber(ARGV[5])
local delta = actTokens - tonumber(ARGV[4])
local estC, actC = ARGV[6], ARGV[7]
local ticketAt = tonumber(ARGV[9])
local resLease = tonumber(ARGV[10])
local epochKey, lateKey = KEYS[4 * n + 1], KEYS[4 * n + 2]
local lateState = nil
-- True once per ticket admitted before the tenant's state was (re)built, or while it is missing.
local function late()
  if lateState == nil then
    lateState = false
    local e = tonumber(redis.call('GET', epochKey) or '-1')
    if e < 0 or e > ticketAt then
      lateState = redis.call('SET', lateKey, '1', 'NX', 'PX', resLease) ~= false
    end
  end
  return lateState
end
local out = {}
local function addSpend(i, b, bud, ths)
  local spent = tonumber(redis.call('HINCRBYFLOAT', b, 'spent', actC))
  local crossed = crossedAt(spent, bud, ths)
  if crossed > tonumber(redis.call('HGET', b, 'alerted') or '0') then
    redis.call('HSET', b, 'alerted', tostring(crossed))
    table.insert(out, i)
    table.insert(out, tostring(crossed))
    table.insert(out, tostring(spent))
  end
end
for i = 1, n do
  local k = (i - 1) * 4
  local a = 10 + (i - 1) * 6
  local hasRpm, hasTpm, hasConc = ARGV[a+1] == '1', ARGV[a+2] == '1', ARGV[a+3] == '1'
  local bud = tonumber(ARGV[a+4])
  local first = true
  if hasConc then first = redis.call('ZREM', KEYS[k+2], id) == 1 end
  local removed = 0
  if bud >= 0 then removed = redis.call('ZREM', KEYS[k+4], id .. '|' .. estC) end
  if bud >= 0 then first = removed == 1 end
  local lost
  if hasConc or bud >= 0 then
    lost = not first and late()
  else
    lost = (hasRpm or hasTpm) and redis.call('EXISTS', KEYS[k+1]) == 0 and late()
    if lost then first = false end
  end
  local field = 't:' .. admitSec
  if first and hasTpm and delta ~= 0 and admitSec > nowSec - BUCKETS then
    local had = tonumber(redis.call('HGET', KEYS[k+1], field) or '-1')
    if had >= 0 then
      local d = math.max(delta, -had)
      redis.call('HINCRBY', KEYS[k+1], field, d)
      redis.call('HINCRBY', KEYS[k+1], 'T', d)
    end
  end
  if removed == 1 then
    local b = KEYS[k+3]
    if tonumber(redis.call('HINCRBYFLOAT', b, 'reserved', '-' .. estC)) < EPS then redis.call('HSET', b, 'reserved', '0') end
    addSpend(i, b, bud, ARGV[a+6])
  elseif lost then
    if hasRpm or hasTpm then
      addToWindow(KEYS[k+1], admitSec, hasRpm and 1 or 0, hasTpm and actTokens or 0)
    end
    if bud >= 0 then
      addSpend(i, KEYS[k+3], bud, ARGV[a+6])
      local endsAt = tonumber(ARGV[a+5])
      if endsAt > 0 then redis.call('PEXPIREAT', KEYS[k+3], endsAt + resLease) end
    end
  end
end
return out
`;

/**
 * Rebuilds a tenant's state once (a no-op when its epoch key exists): raises each budget's spend and each second's
 * request and token counts to at least what the request log recorded, then writes the epoch key (Redis time, ms;
 * no expiry).
 * KEYS: epoch, then per scope: win, bud. ARGV: resLeaseMs, nScopes, clockMs, then per scope: spent (-1 = no
 * budget), budgetExpireAtMs (0 = never), budgetUsd, nBuckets, alert thresholds, then nBuckets × (sec, requests, tokens).
 * Returns 1 when it seeded, 0 when another node had already done it.
 */
export const SEED_LUA = `${common(3)}
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local resLease = tonumber(ARGV[1])
local n = tonumber(ARGV[2])
local p = 4
for i = 1, n do
  local win, b = KEYS[2 * i], KEYS[2 * i + 1]
  local spentS = ARGV[p]
  local endsAt, bud, nb = tonumber(ARGV[p+1]), tonumber(ARGV[p+2]), tonumber(ARGV[p+3])
  local ths = ARGV[p+4]
  p = p + 5
  if tonumber(spentS) >= 0 then
    -- The larger of what Redis still holds and what the log recorded: keeps a settle that ran since the loss, and
    -- does not double a budget when only the epoch key was lost (evicted).
    local spent = tonumber(redis.call('HGET', b, 'spent') or '0')
    if tonumber(spentS) > spent then
      redis.call('HSET', b, 'spent', spentS)
      spent = tonumber(spentS)
    end
    local crossed = crossedAt(spent, bud, ths)
    if crossed > tonumber(redis.call('HGET', b, 'alerted') or '0') then redis.call('HSET', b, 'alerted', tostring(crossed)) end
    if endsAt > 0 then redis.call('PEXPIREAT', b, endsAt + resLease) end
  end
  for j = 1, nb do
    -- Per second, likewise the larger of the two counts.
    local sec = tonumber(ARGV[p])
    local h = redis.call('HMGET', win, 'r:' .. sec, 't:' .. sec)
    local dr = math.max(0, tonumber(ARGV[p+1]) - tonumber(h[1] or '0'))
    local dt = math.max(0, tonumber(ARGV[p+2]) - tonumber(h[2] or '0'))
    addToWindow(win, sec, dr, dt)
    p = p + 3
  end
end
redis.call('SET', KEYS[1], tostring(now))
return 1
`;
