#!/usr/bin/env bash
# Counts the Azure Storage requests the whole simulated programme makes, as Azurite's own debug log records them.
#
# Starts Azurite (node_modules/.bin/azurite, restored with `npm ci` when missing) on free ports of 127.0.0.1 with its
# debug log on, runs `simulate --seed 1997` of the local host against it (Storage__ConnectionString points the stores,
# and with `--engine azurestorage` the durable engine's task hub too, at this Azurite; without a connection string the
# simulation would start an Azurite of its own), stops Azurite, and reads the log: one request per
# "<Service>StorageContextMiddleware: RequestMethod=… RequestURL=…" line, its operation from the "DispatchMiddleware:
# Operation=…" line and its status from the "EndMiddleware: … StatusCode=…" line of the same request id. Prints the
# total, per service, per table (with the kind of each operation and the answers that were not 2xx), the filtered
# table queries, blob and queue operations, and the mail count of the run's summary.json (requests per mail).
#
#   tests/ProgrammeWorkflows.Evidence/storage-requests.sh                        # the default simulation (in-process engine)
#   tests/ProgrammeWorkflows.Evidence/storage-requests.sh --json figures.json    # the same figures also as JSON
#   tests/ProgrammeWorkflows.Evidence/storage-requests.sh -- --engine azurestorage   # options after -- go to simulate
#   tests/ProgrammeWorkflows.Evidence/storage-requests.sh --work DIR             # keep Azurite's data, the log, the output in DIR
#   tests/ProgrammeWorkflows.Evidence/storage-requests.sh --log DIR/debug.log [--summary DIR/out/summary.json]
#                                                                                # only read a log an earlier run kept
#
# Exit 0 with the figures; 1 with a message on stderr when anything fails (Azurite, the simulation, the log).
set -euo pipefail

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; }
fail() { echo "storage-requests: $*" >&2; exit 1; }

json_out=""
work=""
log_only=""
summary_only=""
simulate_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --json) [ $# -ge 2 ] || fail "--json needs a file"; json_out="$2"; shift 2 ;;
    --work) [ $# -ge 2 ] || fail "--work needs a folder"; work="$2"; shift 2 ;;
    --log) [ $# -ge 2 ] || fail "--log needs a file"; log_only="$2"; shift 2 ;;
    --summary) [ $# -ge 2 ] || fail "--summary needs a file"; summary_only="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; simulate_args=("$@"); break ;;
    *) usage; fail "unknown option $1 (simulate's options go after --)" ;;
  esac
done
if [ -n "$json_out" ]; then
  json_dir="$(cd "$(dirname "$json_out")" 2>/dev/null && pwd)" || fail "the folder of --json $json_out does not exist"
  json_out="$json_dir/$(basename "$json_out")"
fi

root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
command -v node >/dev/null || fail "node is not on the PATH (Azurite and the log reader need Node.js)"

# The task hub's name, as the local host chooses it (DurableTaskHubName, default ProgrammeWorkflows): its tables, queues
# and containers are told apart from the project's own.
hub="${DurableTaskHubName:-ProgrammeWorkflows}"

# ---------------------------------------------------------------------------------------------------------------------
# The log reader (Node.js, which Azurite needs anyway): argv = log, summary.json or "", outbox folder or "", JSON file or
# "", hub name, the command line that was run.
read_log() {
  node - "$@" <<'JS'
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const [logFile, summaryFile, outboxDir, jsonFile, hub, commandLine] = process.argv.slice(2);

// The project's tables and blob containers (src/ProgrammeWorkflows.Adapters/Storage/StorageAccount.cs), found under any
// Storage:TablePrefix (simulate sets sim<yyyyMMddHHmmss> when it is given a connection string).
const projectTables = ['Submissions', 'Escalations', 'Outbox', 'ItemCycles', 'LinkTokens', 'LinkScopes', 'Reports', 'AuditLog', 'Delegates'];
const projectContainers = ['reports', 'attachments', 'dataprotection'];

function projectName(name, known) {
  for (const k of known) {
    if (name.toLowerCase().endsWith(k.toLowerCase()) && /^[A-Za-z0-9]{0,20}$/.test(name.slice(0, name.length - k.length))
        && !name.toLowerCase().startsWith(hub.toLowerCase()))
      return k;
  }
  return null;
}
function groupOf(name, known) {
  if (name.startsWith('(')) return 'account';
  if (projectName(name, known)) return 'project';
  if (name.toLowerCase().startsWith(hub.toLowerCase())) return 'task hub';
  return 'other';
}

const line = /^(\d{4}-\d\d-\d\dT\S+)\s+([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\s+(\w+):\s(.*)$/;
const requestLine = /^(Blob|Queue|Table)StorageContextMiddleware: RequestMethod=(\S+) RequestURL=(\S+) RequestHeaders:(\{.*?\}) ClientIP=/;
const dispatchLine = /^DispatchMiddleware: Operation=(\S+)/;
const endLine = /^EndMiddleware: End response\. TotalTimeInMS=\d+ StatusCode=(\d+)/;
const createdTable = /^HandlerMiddleware: DeserializedParameters=.*?"tableProperties":\{"tableName":"([^"]+)"/;
const batchBody = /^TableHandler:batch\(\) Raw request string is (.*)$/;
// The batch body is logged JSON-encoded: each sub-request's request line follows a literal "\n".
const subRequest = /(?:\\n|^)(POST|PUT|MERGE|PATCH|DELETE|GET) (https?:\/\/[^ "\\]+) HTTP\/1\.1/g;

const requests = new Map();   // request id -> { service, method, url, ifMatch, op, status, batch }
let lines = 0, requestLines = 0, duplicateRequestLines = 0, firstTime = null, lastTime = null;

function pathOf(url) {
  try { return new URL(url, 'http://127.0.0.1').pathname; } catch { return url.split('?')[0]; }
}
function queryOf(url) {
  const i = url.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : url.slice(i + 1));
}
// /devstoreaccount1/<rest>: the account's first segment dropped.
function segments(url) {
  const parts = pathOf(url).split('/').filter(s => s.length > 0).map(s => { try { return decodeURIComponent(s); } catch { return s; } });
  if (parts[0] === 'devstoreaccount1') parts.shift();
  return parts;
}

async function main() {
  if (!fs.existsSync(logFile)) throw new Error(`no debug log at ${logFile}`);
  const input = readline.createInterface({ input: fs.createReadStream(logFile), crlfDelay: Infinity });
  for await (const text of input) {
    lines++;
    const m = line.exec(text);
    if (!m) continue;
    const [, time, id, , message] = m;
    let r;
    if ((r = requestLine.exec(message))) {
      requestLines++;
      if (requests.has(id)) { duplicateRequestLines++; continue; }
      let headers = {};
      try { headers = JSON.parse(r[4]); } catch { /* headers are informative only */ }
      requests.set(id, { service: r[1].toLowerCase(), method: r[2].toUpperCase(), url: r[3], ifMatch: 'if-match' in headers, op: null, status: null, batch: null, created: null });
      firstTime ??= time;
      lastTime = time;
    } else if ((r = dispatchLine.exec(message))) {
      const q = requests.get(id);
      if (q && !q.op) q.op = r[1];
    } else if ((r = endLine.exec(message))) {
      const q = requests.get(id);
      if (q) q.status = Number(r[1]);
      lastTime = time;
    } else if ((r = createdTable.exec(message))) {
      const q = requests.get(id);
      if (q) q.created = r[1];
    } else if ((r = batchBody.exec(message))) {
      const q = requests.get(id);
      if (q) {
        q.batch = [];
        for (const s of r[1].matchAll(subRequest)) q.batch.push({ method: s[1], url: s[2] });
      }
    }
  }
  if (requests.size === 0)
    throw new Error(`no storage request found in ${logFile} (${lines} lines): was Azurite started with --debug, and does its log still say "<Service>StorageContextMiddleware: RequestMethod=… RequestURL=…"?`);

  // ---- classify ----
  const add = (o, k, n = 1) => { o[k] = (o[k] || 0) + n; };
  const services = { blob: 0, queue: 0, table: 0 };
  const statuses = {};
  const groups = {};
  const tables = {};       // name -> { group, requests, kinds: {kind: n}, notOk: {"kind status": n}, filters: {shape: n} }
  const containers = {};   // name -> { group, requests, operations }
  const queues = {};
  const filtered = { total: 0, partitionScoped: 0, withoutPartitionKeyEq: 0, continuationPages: 0, perTable: {} };
  const batches = { requests: 0, operations: 0, perTable: {} };
  let noStatus = 0, noOperation = 0;

  function tableKind(q, op, filter) {
    switch (op) {
      case 'Table_InsertEntity': return 'insert';
      case 'Table_QueryEntitiesWithPartitionAndRowKey': return 'point read';
      case 'Table_QueryEntities': return filter ? 'query (filtered)' : 'query (no filter)';
      case 'Table_UpdateEntity': return q.ifMatch ? 'replace' : 'upsert (replace)';
      case 'Table_MergeEntity': case 'Table_MergeEntityWithMerge': return q.ifMatch ? 'merge' : 'upsert (merge)';
      case 'Table_DeleteEntity': return 'delete';
      case 'Table_Batch': return 'batch';
      case 'Table_Create': return 'create table';
      case 'Table_Query': return 'list tables';
      case 'Table_Delete': return 'delete table';
      default: return op ? op : `unknown ${q.method}`;
    }
  }
  // The operation from the method and URL, when Azurite logged none (refused before dispatch).
  function tableOpFromUrl(q, rest) {
    const entity = /\(PartitionKey=/.test(rest);
    if (/^Tables(\(\))?$/.test(rest)) return q.method === 'POST' ? 'Table_Create' : 'Table_Query';
    if (/^Tables\(/.test(rest)) return q.method === 'DELETE' ? 'Table_Delete' : 'Table_QueryEntities';
    if (rest === '$batch') return 'Table_Batch';
    switch (q.method) {
      case 'POST': return 'Table_InsertEntity';
      case 'GET': return entity ? 'Table_QueryEntitiesWithPartitionAndRowKey' : 'Table_QueryEntities';
      case 'PUT': return 'Table_UpdateEntity';
      case 'MERGE': case 'PATCH': return 'Table_MergeEntity';
      case 'DELETE': return 'Table_DeleteEntity';
      default: return null;
    }
  }
  const shapeOf = f => f.replace(/'(?:[^']|'')*'/g, "'…'").replace(/\bdatetime'…'/g, "datetime'…'").replace(/\b\d+(\.\d+)?L?\b/g, 'N');
  const tableEntry = name => (tables[name] ??= { group: groupOf(name, projectTables), requests: 0, kinds: {}, continuationPages: 0, notOk: {}, filters: {} });

  for (const q of requests.values()) {
    services[q.service] = (services[q.service] || 0) + 1;
    if (q.status === null) noStatus++; else add(statuses, String(q.status));
    if (!q.op) noOperation++;
    const parts = segments(q.url);
    const ok = q.status !== null && q.status >= 200 && q.status < 300;
    if (q.service === 'table') {
      const rest = parts.join('/');
      const op = q.op || tableOpFromUrl(q, rest);
      const params = queryOf(q.url);
      const filter = params.get('$filter');
      let name;
      if (op === 'Table_Create') name = q.created || '(Tables)';
      else if (op === 'Table_Query') name = '(Tables)';
      else if (/^Tables\('/.test(rest)) name = rest.replace(/^Tables\('(.*)'\)$/, '$1');
      else if (op === 'Table_Batch' || rest === '$batch') {
        const first = (q.batch || [])[0];
        name = first ? segments(first.url)[0].replace(/\(.*$/, '') : '($batch)';
      } else name = (parts[0] || '(account)').replace(/\(.*$/, '');
      const display = projectName(name, projectTables) || name;
      const t = tableEntry(display);
      const kind = tableKind(q, op, filter);
      t.requests++;
      add(t.kinds, kind);
      add(groups, t.group);
      if (!ok) add(t.notOk, `${kind} ${q.status ?? 'no answer'}`);
      if (op === 'Table_QueryEntities' && (params.has('NextPartitionKey') || params.has('NextRowKey'))) { filtered.continuationPages++; t.continuationPages++; }
      if (op === 'Table_QueryEntities' && filter) {
        filtered.total++;
        add(filtered.perTable, display);
        if (/\bPartitionKey\s+eq\s/.test(filter)) filtered.partitionScoped++; else filtered.withoutPartitionKeyEq++;
        add(t.filters, shapeOf(filter));
      }
      if (op === 'Table_Batch') {
        batches.requests++;
        for (const s of q.batch || []) {
          const sub = segments(s.url)[0] || '';
          const subName = projectName(sub.replace(/\(.*$/, ''), projectTables) || sub.replace(/\(.*$/, '');
          const subKind = { POST: 'insert', PUT: 'replace/upsert', MERGE: 'merge/upsert', PATCH: 'merge/upsert', DELETE: 'delete', GET: 'point read' }[s.method];
          batches.operations++;
          const per = (batches.perTable[subName] ??= {});
          add(per, subKind);
        }
      }
    } else {
      const name = parts[0] || '(account)';
      const display = q.service === 'blob' ? (projectName(name, projectContainers) || name) : name;
      const set = q.service === 'blob' ? containers : queues;
      const c = (set[display] ??= { group: groupOf(display, q.service === 'blob' ? projectContainers : []), requests: 0, operations: {}, notOk: {} });
      const op = q.op || `unknown ${q.method}`;
      c.requests++;
      add(c.operations, op);
      add(groups, c.group);
      if (!ok) add(c.notOk, `${op} ${q.status ?? 'no answer'}`);
    }
  }

  // ---- the simulation's mail ----
  let summary = null, mails = null, emlFiles = null;
  if (summaryFile) {
    if (!fs.existsSync(summaryFile)) throw new Error(`no summary at ${summaryFile}`);
    summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
    const byKind = summary.mails ?? summary.Mails;
    if (!byKind || typeof byKind !== 'object') throw new Error(`${summaryFile} has no "mails" by kind`);
    mails = Object.values(byKind).reduce((a, b) => a + b, 0);
  }
  if (outboxDir && fs.existsSync(outboxDir))
    emlFiles = fs.readdirSync(outboxDir).filter(f => f.endsWith('.eml')).length;

  const total = requests.size;
  const perMail = mails ? total / mails : null;
  const projectTableRequests = Object.values(tables).filter(t => t.group === 'project').reduce((a, t) => a + t.requests, 0);
  const sortDesc = o => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  // ---- print ----
  const out = [];
  const n = v => v.toLocaleString('en-US');
  const pad = (s, w) => String(s).padEnd(w);
  const rpad = (s, w) => String(s).padStart(w);
  out.push(`Azure Storage requests (Azurite debug log ${logFile}, ${firstTime} to ${lastTime})`);
  if (commandLine) out.push(`  run: ${commandLine}`);
  out.push(`Total: ${n(total)}`);
  out.push(`Per service: table ${n(services.table || 0)}, blob ${n(services.blob || 0)}, queue ${n(services.queue || 0)}`);
  out.push(`Per owner: ${sortDesc(groups).map(([g, c]) => `${g} ${n(c)}`).join(', ')} (project = the tables/containers of StorageAccount.cs; task hub = ${hub}*)`);
  out.push(`Statuses: ${sortDesc(statuses).map(([s, c]) => `${s} ${n(c)}`).join(', ')}${noStatus ? `, no answer logged ${n(noStatus)}` : ''}`);
  if (summary) {
    out.push(`Mails (summary.json): ${n(mails)}${emlFiles !== null ? ` (${n(emlFiles)} .eml files in the outbox)` : ''}; ${summary.cycles ?? '?'} item cycles, ${summary.submissions ?? '?'} submissions, ${summary.parties ?? '?'} parties`);
    out.push(`Requests per mail: ${perMail.toFixed(2)} (project tables only: ${(projectTableRequests / mails).toFixed(2)})`);
  }
  out.push('');
  out.push('Tables (requests; by kind; answers that were not 2xx):');
  for (const [name, t] of Object.entries(tables).sort((a, b) => (a[1].group < b[1].group ? -1 : a[1].group > b[1].group ? 1 : b[1].requests - a[1].requests))) {
    out.push(`  ${pad(name, 34)} ${rpad(n(t.requests), 9)}  [${t.group}]`);
    for (const [k, c] of sortDesc(t.kinds)) out.push(`      ${pad(k, 30)} ${rpad(n(c), 9)}`);
    if (t.continuationPages) out.push(`      ${pad('(of the queries: continuation pages)', 30)} ${rpad(n(t.continuationPages), 9)}`);
    for (const [k, c] of sortDesc(t.notOk)) out.push(`      not 2xx: ${pad(k, 21)} ${rpad(n(c), 9)}`);
  }
  out.push('');
  out.push(`Filtered table queries (requests, pages included): ${n(filtered.total)} (with PartitionKey eq …: ${n(filtered.partitionScoped)}; without, i.e. a key range or a scan: ${n(filtered.withoutPartitionKeyEq)}); continuation pages of all queries: ${n(filtered.continuationPages)}`);
  for (const [name, c] of sortDesc(filtered.perTable)) {
    out.push(`  ${pad(name, 34)} ${rpad(n(c), 9)}`);
    for (const [shape, k] of sortDesc(tables[name].filters).slice(0, 5)) out.push(`      ${rpad(n(k), 9)}  $filter=${shape}`);
  }
  if (batches.requests) {
    out.push('');
    out.push(`Table batches: ${n(batches.requests)} requests carrying ${n(batches.operations)} operations:`);
    for (const [name, kinds] of Object.entries(batches.perTable)) out.push(`  ${pad(name, 34)} ${sortDesc(kinds).map(([k, c]) => `${k} ${n(c)}`).join(', ')}`);
  }
  for (const [title, set] of [['Blob containers', containers], ['Queues', queues]]) {
    if (Object.keys(set).length === 0) continue;
    out.push('');
    out.push(`${title} (requests; by operation):`);
    for (const [name, c] of Object.entries(set).sort((a, b) => b[1].requests - a[1].requests)) {
      out.push(`  ${pad(name, 34)} ${rpad(n(c.requests), 9)}  [${c.group}]`);
      for (const [k, v] of sortDesc(c.operations)) out.push(`      ${pad(k, 30)} ${rpad(n(v), 9)}`);
      for (const [k, v] of sortDesc(c.notOk)) out.push(`      not 2xx: ${pad(k, 21)} ${rpad(n(v), 9)}`);
    }
  }
  if (noOperation || duplicateRequestLines) {
    out.push('');
    out.push(`Note: ${n(noOperation)} requests had no "DispatchMiddleware: Operation=" line (classified from method and URL); ${n(duplicateRequestLines)} repeated request lines ignored.`);
  }
  console.log(out.join('\n'));

  if (jsonFile) {
    const figures = {
      command: commandLine || null, log: path.resolve(logFile), from: firstTime, to: lastTime,
      total, services, owners: groups, statuses, noAnswerLogged: noStatus,
      mails, mailsByKind: summary ? (summary.mails ?? summary.Mails) : null, emlFiles,
      requestsPerMail: perMail, projectTableRequests, projectTableRequestsPerMail: mails ? projectTableRequests / mails : null,
      simulation: summary ? { items: summary.items, cycles: summary.cycles, parties: summary.parties, submissions: summary.submissions, escalations: summary.escalations, seed: summary.seed, mix: summary.mix } : null,
      tables, filteredQueries: filtered, batches, blobContainers: containers, queues,
      requestsWithoutOperationLine: noOperation,
    };
    fs.writeFileSync(jsonFile, JSON.stringify(figures, null, 2) + '\n');
    console.log(`\nJSON: ${jsonFile}`);
  }
}
main().catch(e => { console.error(`storage-requests: ${e.message}`); process.exit(1); });
JS
}

# --log: only read a log kept from an earlier run.
if [ -n "$log_only" ]; then
  [ -f "$log_only" ] || fail "no log at $log_only"
  read_log "$log_only" "$summary_only" "$([ -n "$summary_only" ] && echo "$(dirname "$summary_only")/outbox")" "$json_out" "$hub" ""
  exit $?
fi

# ---------------------------------------------------------------------------------------------------------------------
# A full run.
if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund >&2 || fail "npm ci failed: the node tools (Azurite) could not be installed"
fi
if [ -n "$work" ]; then
  mkdir -p "$work" || fail "cannot create $work"
  [ -z "$(ls -A "$work")" ] || fail "$work is not empty"
  dir="$(cd "$work" && pwd)"
  keep=1
else
  dir="$(mktemp -d "${TMPDIR:-/tmp}/storage-requests.XXXXXX")"
  keep=0
fi

azurite_pid=""
stop_azurite() {
  [ -n "$azurite_pid" ] || return 0
  if kill -0 "$azurite_pid" 2>/dev/null; then
    # As Ctrl+C would, so it finishes its writes (its log too); killed only if it has not stopped within 30 s.
    kill -INT "$azurite_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$azurite_pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$azurite_pid" 2>/dev/null && { echo "storage-requests: Azurite did not stop on SIGINT; killed" >&2; kill -KILL "$azurite_pid" 2>/dev/null || true; }
  fi
  wait "$azurite_pid" 2>/dev/null || true
  azurite_pid=""
}
finish() {
  local status=$?
  stop_azurite
  if [ $status -ne 0 ]; then
    echo "storage-requests: failed; Azurite's output, its debug log and the simulation's are kept in $dir" >&2
  elif [ $keep -eq 0 ]; then
    rm -rf "$dir"
  fi
  exit $status
}
trap finish EXIT
trap 'exit 130' INT TERM

mkdir -p "$dir/azurite"
node_modules/.bin/azurite --silent --skipApiVersionCheck --loose --disableTelemetry \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --blobPort 0 --queuePort 0 --tablePort 0 \
  --location "$dir/azurite" --debug "$dir/debug.log" >"$dir/azurite.out" 2>&1 &
azurite_pid=$!

# Port 0: the system chooses free ports; Azurite says which.
port_of() { sed -n "s|^Azurite $1 service is successfully listening at http://127\.0\.0\.1:\([0-9][0-9]*\).*|\1|p" "$dir/azurite.out" | head -n 1; }
for _ in $(seq 1 120); do
  kill -0 "$azurite_pid" 2>/dev/null || fail "Azurite stopped before listening: $(tr '\n' ' ' <"$dir/azurite.out")"
  blob_port="$(port_of Blob)"; queue_port="$(port_of Queue)"; table_port="$(port_of Table)"
  [ -n "$blob_port" ] && [ -n "$queue_port" ] && [ -n "$table_port" ] && break
  sleep 0.5
done
[ -n "$blob_port" ] && [ -n "$queue_port" ] && [ -n "$table_port" ] || fail "Azurite did not listen within 60 s: $(tr '\n' ' ' <"$dir/azurite.out")"
echo "storage-requests: Azurite listening on 127.0.0.1 (blob $blob_port, queue $queue_port, table $table_port); debug log $dir/debug.log" >&2

account_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
connection="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$account_key;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"

run=(dotnet run --project src/ProgrammeWorkflows.Local -- simulate)
case " ${simulate_args[*]:-} " in *" --seed "*) ;; *) run+=(--seed 1997) ;; esac
run+=(--out "$dir/out")
run+=("${simulate_args[@]}")
shown="Storage__ConnectionString=<this Azurite> ${run[*]}"
echo "storage-requests: $shown" >&2

# Storage:ConnectionString set: the simulation uses this account (stores, blobs, and the azurestorage engine's task hub)
# and starts no Azurite of its own. The managed-identity URIs are cleared so nothing points elsewhere.
set +e
env -u Storage__TableServiceUri -u Storage__BlobServiceUri Storage__ConnectionString="$connection" "${run[@]}" 2>&1 | tee "$dir/simulate.log" >&2
sim_status=${PIPESTATUS[0]}
set -e
[ "$sim_status" -eq 0 ] || fail "the simulation failed (exit $sim_status); see $dir/simulate.log"
grep -q "Azure Storage: the configured account" "$dir/simulate.log" || fail "the simulation did not say it used the configured account (it may have started its own Azurite); see $dir/simulate.log"
[ -f "$dir/out/summary.json" ] || fail "the simulation wrote no $dir/out/summary.json"

# Let the log settle (its last lines written), then stop Azurite so everything is on disk.
previous=-1
for _ in $(seq 1 20); do
  size="$(stat -c %s "$dir/debug.log" 2>/dev/null || echo 0)"
  [ "$size" = "$previous" ] && break
  previous="$size"; sleep 1
done
stop_azurite

echo >&2
read_log "$dir/debug.log" "$dir/out/summary.json" "$dir/out/outbox" "$json_out" "$hub" "$shown"
