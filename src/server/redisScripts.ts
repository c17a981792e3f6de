/**
 * The Redis registry's keys and its Lua scripts. Each change runs as one script, so
 * Redis applies it atomically: no two teams take one party, no two sessions share a
 * code, and a team removed on one process cannot be admitted on another half-way.
 * Every key expires with its session (PEXPIREAT / PXAT at the session's end); modifying
 * a hash keeps its expiry. Scripts build token keys from the prefix, which a single
 * Redis allows (not Redis Cluster, which the app does not support).
 *
 * Keys, under `escalation-lab:registry:` (the Hocuspocus Redis extension uses
 * `escalation-lab:CODE/...` for its channels and locks, which these never meet):
 * - `s:CODE` hash: teacher (token hash), scenario, parties (JSON), expires (ms),
 *   autoAdmit ('0'/'1'), seq (join counter, for the roster's order);
 * - `t:CODE` hash: party -> JSON { name, token (hash), admitted, seq };
 * - `k:HASH` string: JSON { code } for a teacher, { code, party } for a team;
 * - `d:CODE` hash: `documentName NUL processId` -> the Yjs state that process stored.
 */

/** The registry's key prefix. */
export const PREFIX = 'escalation-lab:registry:';

/** Key names. */
export const keys = {
  session: (code: string) => `${PREFIX}s:${code}`,
  teams: (code: string) => `${PREFIX}t:${code}`,
  token: (hash: string) => `${PREFIX}k:${hash}`,
  documents: (code: string) => `${PREFIX}d:${code}`,
};

/** KEYS session, teacher token; ARGV teacher hash, scenario, parties, expires, autoAdmit, code. */
export const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'TAKEN' end
redis.call('HSET', KEYS[1], 'teacher', ARGV[1], 'scenario', ARGV[2], 'parties', ARGV[3],
  'expires', ARGV[4], 'autoAdmit', ARGV[5], 'seq', 0)
redis.call('PEXPIREAT', KEYS[1], ARGV[4])
redis.call('SET', KEYS[2], cjson.encode({code = ARGV[6]}), 'PXAT', ARGV[4])
return 'OK'`;

/** Shared by the scripts that need a party of the session to be offered and free. */
const CHECK_FREE = `
local function offered(partiesJson, party)
  for _, p in ipairs(cjson.decode(partiesJson)) do
    if p == party then return true end
  end
  return false
end`;

/** KEYS session, teams, team token; ARGV party, name, token hash, code. */
export const JOIN = `${CHECK_FREE}
local s = redis.call('HMGET', KEYS[1], 'parties', 'expires', 'autoAdmit')
if not s[1] then return 'NO_SESSION' end
if not offered(s[1], ARGV[1]) then return 'NOT_PLAYED' end
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 'TAKEN' end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
local admitted = s[3] == '1'
redis.call('HSET', KEYS[2], ARGV[1],
  cjson.encode({name = ARGV[2], token = ARGV[3], admitted = admitted, seq = seq}))
redis.call('PEXPIREAT', KEYS[2], s[2])
redis.call('SET', KEYS[3], cjson.encode({code = ARGV[4], party = ARGV[1]}), 'PXAT', s[2])
if admitted then return 'ADMITTED' end
return 'WAITING'`;

/** KEYS session, teams; ARGV '1' or '0'. */
export const SET_AUTO_ADMIT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 'NO_SESSION' end
redis.call('HSET', KEYS[1], 'autoAdmit', ARGV[1])
if ARGV[1] == '1' then
  local all = redis.call('HGETALL', KEYS[2])
  for i = 1, #all, 2 do
    local team = cjson.decode(all[i + 1])
    team.admitted = true
    redis.call('HSET', KEYS[2], all[i], cjson.encode(team))
  end
end
return 'OK'`;

/** KEYS teams; ARGV party. */
export const ADMIT = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 'NO_TEAM' end
local team = cjson.decode(raw)
team.admitted = true
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(team))
return 'OK'`;

/** KEYS session, teams; ARGV from, to, code, prefix. */
export const ASSIGN = `${CHECK_FREE}
local parties = redis.call('HGET', KEYS[1], 'parties')
if not parties then return 'NO_SESSION' end
if ARGV[1] == ARGV[2] then return 'OK' end
if not offered(parties, ARGV[2]) then return 'NOT_PLAYED' end
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 1 then return 'TAKEN' end
local raw = redis.call('HGET', KEYS[2], ARGV[1])
if not raw then return 'NO_TEAM' end
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[2], raw)
local team = cjson.decode(raw)
redis.call('SET', ARGV[4] .. 'k:' .. team.token,
  cjson.encode({code = ARGV[3], party = ARGV[2]}), 'KEEPTTL')
return 'OK'`;

/** KEYS teams; ARGV party, prefix. */
export const REMOVE = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 'OK' end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('DEL', ARGV[2] .. 'k:' .. cjson.decode(raw).token)
return 'OK'`;

/** KEYS session, teams, documents; ARGV prefix. */
export const END = `
local teacher = redis.call('HGET', KEYS[1], 'teacher')
if teacher then redis.call('DEL', ARGV[1] .. 'k:' .. teacher) end
local all = redis.call('HVALS', KEYS[2])
for _, raw in ipairs(all) do
  redis.call('DEL', ARGV[1] .. 'k:' .. cjson.decode(raw).token)
end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
return 'OK'`;

/**
 * KEYS token; ARGV prefix, token hash. Returns the identity as JSON, or nil when the
 * token is unknown or no longer matches its session's records.
 */
export const IDENTIFY = `
local raw = redis.call('GET', KEYS[1])
if not raw then return nil end
local who = cjson.decode(raw)
if who.party == nil then
  if redis.call('HGET', ARGV[1] .. 's:' .. who.code, 'teacher') ~= ARGV[2] then return nil end
  return raw
end
local rec = redis.call('HGET', ARGV[1] .. 't:' .. who.code, who.party)
if not rec then return nil end
local team = cjson.decode(rec)
if team.token ~= ARGV[2] then return nil end
return cjson.encode({code = who.code, party = who.party, name = team.name,
  admitted = team.admitted})`;

/**
 * KEYS session, documents; ARGV field, state. Stores a process's copy of a document only
 * while its session lives, expiring with it: a late store after the end recreates nothing.
 */
export const STORE_COPY = `
local expires = redis.call('HGET', KEYS[1], 'expires')
if not expires then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIREAT', KEYS[2], expires)
return 1`;
