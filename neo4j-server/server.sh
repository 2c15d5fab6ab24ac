#!/usr/bin/env bash
# Local Neo4j Community server for diplograph's tests, run straight from the
# Maven Central jars (no Docker, no tarball): neo4j-server/server.sh start|stop|status
#
# State (config, data, logs, pid) lives in <repo>/.neo4j/, the jars in
# <repo>/neo4j-server/lib/ (both git-ignored). Set NEO4J_URI to use an existing
# server instead; then `start` and `stop` do nothing. See neo4j-server/README.md.
#
# Environment:
#   NEO4J_URI            use this external server; start/stop become no-ops
#   NEO4J_PORT           Bolt port on 127.0.0.1 (default 7687)
#   NEO4J_HEAP           JVM max heap (default 1g)
#   NEO4J_PAGECACHE      page cache size (default 256m)
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt (default 120)
#   NEO4J_EXTRA_CONF     extra neo4j.conf lines, appended verbatim
#   NEO4J_JAVA_OPTS      extra JVM flags (space-separated)
#   PYTHON               python with the neo4j driver (default .venv/bin/python)
#   JAVA                 java binary (default: JAVA_HOME, then Java 17, then PATH)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
STATE="$ROOT/.neo4j"
LIB="$HERE/lib"
CONF="$STATE/neo4j.conf"
PIDFILE="$STATE/neo4j.pid"
LOG="$STATE/logs/console.log"
PORT="${NEO4J_PORT:-7687}"
HEAP="${NEO4J_HEAP:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-256m}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
MAIN_CLASS="org.neo4j.server.CommunityEntryPoint"

PYTHON="${PYTHON:-.venv/bin/python}"
case "$PYTHON" in
  */*) [[ "$PYTHON" = /* ]] || PYTHON="$ROOT/$PYTHON" ;;
esac

# The JVM flags of Neo4j's own launcher (the server.jvm.additional lines of the
# distribution's neo4j.conf, plus -Dfile.encoding that its bootloader adds),
# minus -XX:+AlwaysPreTouch, which would commit the whole heap at start.
JVM_FLAGS=(
  -XX:+UseG1GC
  -XX:-OmitStackTraceInFastThrow
  -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields
  -XX:+DisableExplicitGC
  -XX:-RestrictContended
  -XX:+ExitOnOutOfMemoryError
  -XX:+UnlockDiagnosticVMOptions
  -XX:+DebugNonSafepoints
  -XX:FlightRecorderOptions=stackdepth=256
  -XX:MaxMetaspaceSize=1024m
  -XX:ReservedCodeCacheSize=512m
  -XX:-DontCompileHugeMethods
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Djdk.tls.ephemeralDHKeySize=2048
  -Djdk.tls.rejectClientInitiatedRenegotiation=true
  -Dlog4j2.disable.jmx=true
  -Dlog4j.layout.jsonTemplate.maxStringLength=32768
  -Dfile.encoding=UTF-8
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)

say() { printf 'neo4j: %s\n' "$*"; }
die() { printf 'neo4j: error: %s\n' "$*" >&2; exit 1; }

pom_version() {
  sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$HERE/pom.xml" | head -n1
}

find_java() {
  local j
  if [[ -n "${JAVA:-}" ]]; then
    j="$JAVA"
  elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    j="$JAVA_HOME/bin/java"
  else
    j=""
    for c in /usr/lib/jvm/java-17-openjdk*/bin/java /usr/lib/jvm/*17*/bin/java \
             /usr/lib/jvm/java-21-openjdk*/bin/java; do
      if [[ -x "$c" ]]; then j="$c"; break; fi
    done
    [[ -n "$j" ]] || j="$(command -v java || true)"
  fi
  [[ -n "$j" ]] || die "no java found; Neo4j 5.26 needs Java 17 or 21 (set JAVA or JAVA_HOME)"
  local v
  v="$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
  case "$v" in
    17|21) ;;
    *) say "warning: $j is Java ${v:-?}; Neo4j 5.26 supports Java 17 and 21" >&2 ;;
  esac
  printf '%s\n' "$j"
}

# Copy the server's jars into neo4j-server/lib/ (only when missing or the pinned version changed).
ensure_jars() {
  local version marker
  version="$(pom_version)"
  marker="$LIB/.neo4j-$version"
  [[ -f "$marker" ]] && return 0
  command -v mvn >/dev/null || die "neo4j-server/lib/ is missing and mvn is not installed"
  say "gathering Neo4j $version jars into neo4j-server/lib/ (mvn dependency:copy-dependencies)"
  local tmp="$STATE/lib.tmp.$$" t0=$SECONDS
  mkdir -p "$STATE"
  rm -rf "$tmp"
  local args=(-q -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies
              -DincludeScope=runtime -DexcludeTypes=pom -DoutputDirectory="$tmp")
  # Offline first (everything already in ~/.m2), then with the network.
  if ! mvn -o "${args[@]}" >/dev/null 2>&1; then
    rm -rf "$tmp"
    if ! mvn "${args[@]}" >"$tmp.log" 2>&1; then
      sed 's/\x1b\[[0-9;]*m//g' "$tmp.log" | tail -n 40 >&2
      rm -rf "$tmp" "$tmp.log"
      die "mvn could not gather the Neo4j jars (see above)"
    fi
    rm -f "$tmp.log"
  fi
  ls "$tmp"/neo4j-"$version".jar >/dev/null 2>&1 || { rm -rf "$tmp"; die "mvn produced no neo4j-$version.jar"; }
  touch "$tmp/.neo4j-$version"
  rm -rf "$LIB"
  mv "$tmp" "$LIB"
  say "jars ready ($(ls "$LIB"/*.jar | wc -l) jars, $((SECONDS - t0)) s)"
}

write_conf() {
  mkdir -p "$STATE/data" "$STATE/logs" "$STATE/run" "$STATE/plugins" "$STATE/import"
  cat > "$CONF" <<EOF
# Written by neo4j-server/server.sh on every start; edits are overwritten
# (use NEO4J_EXTRA_CONF for extra lines). A throwaway local test server only.
dbms.security.auth_enabled=false
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$PORT
server.bolt.advertised_address=127.0.0.1:$PORT
server.http.enabled=false
server.https.enabled=false
server.memory.heap.initial_size=256m
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=$PAGECACHE
dbms.usage_report.enabled=false
server.directories.data=$STATE/data
server.directories.logs=$STATE/logs
server.directories.run=$STATE/run
server.directories.plugins=$STATE/plugins
server.directories.import=$STATE/import
server.directories.lib=$LIB
db.logs.query.enabled=OFF
db.tx_log.rotation.size=32M
db.tx_log.rotation.retention_policy=2 files
EOF
  if [[ -n "${NEO4J_EXTRA_CONF:-}" ]]; then
    printf '%s\n' "$NEO4J_EXTRA_CONF" >> "$CONF"
  fi
}

# PID of the server this script started, if it is still alive (guards against PID reuse).
server_pid() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' < "$PIDFILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "--home-dir=$STATE" || return 1
  fi
  printf '%s\n' "$pid"
}

conf_port() {
  sed -n 's/^server.bolt.listen_address=.*:\([0-9]*\)$/\1/p' "$CONF" 2>/dev/null | tail -n1
}

tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Bolt handshake plus a query through the Python driver; TCP only if the driver is unavailable.
bolt_ok() {
  local port="$1"
  tcp_open "$port" || return 1
  # -I: nothing in the working directory may shadow the driver package.
  if [[ -x "$PYTHON" ]] && "$PYTHON" -I -c 'from neo4j import GraphDatabase' 2>/dev/null; then
    "$PYTHON" -I - "$port" <<'PY' >/dev/null 2>&1
import sys
from neo4j import GraphDatabase
with GraphDatabase.driver(f"bolt://127.0.0.1:{sys.argv[1]}", auth=None,
                          connection_timeout=5) as d:
    d.verify_connectivity()
    d.execute_query("RETURN 1")
PY
  else
    return 0
  fi
}

# Lines that the logs had before this start, so failures show only what this start wrote.
LOG_FROM=0
NEO4J_LOG_FROM=0
tail_log() {
  local f
  for f in "$LOG:$LOG_FROM" "$STATE/logs/neo4j.log:$NEO4J_LOG_FROM"; do
    local file="${f%:*}" from="${f##*:}"
    [[ -s "$file" ]] || continue
    say "last lines of $file:" >&2
    tail -n +"$((from + 1))" "$file" | tail -n 30 >&2
  done
}

wait_for_bolt() {
  local pid="$1" port="$2" t0=$SECONDS
  while (( SECONDS - t0 < START_TIMEOUT )); do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "the server (pid $pid) exited during start-up" >&2
      tail_log
      rm -f "$PIDFILE"
      return 1
    fi
    if bolt_ok "$port"; then
      return 0
    fi
    sleep 0.5
  done
  say "Bolt did not answer on 127.0.0.1:$port within $START_TIMEOUT s" >&2
  tail_log
  return 1
}

lock() {
  mkdir -p "$STATE"
  if command -v flock >/dev/null; then
    exec 9>"$STATE/lock"
    flock -w $((START_TIMEOUT + 60)) 9 || die "could not lock $STATE/lock"
  fi
}

cmd_start() {
  if [[ -n "${NEO4J_URI:-}" ]]; then
    say "NEO4J_URI is set ($NEO4J_URI): using that external server, not starting one"
    return 0
  fi
  lock
  local pid port
  if pid="$(server_pid)"; then
    port="$(conf_port)"; port="${port:-$PORT}"
    if bolt_ok "$port"; then
      say "already running (pid $pid) on bolt://127.0.0.1:$port"
      return 0
    fi
    say "pid $pid is alive but Bolt is not answering yet; waiting"
    wait_for_bolt "$pid" "$port" || exit 1
    say "running (pid $pid) on bolt://127.0.0.1:$port"
    return 0
  fi
  rm -f "$PIDFILE"
  if tcp_open "$PORT"; then
    die "port 127.0.0.1:$PORT is already in use by another process; set NEO4J_PORT, or NEO4J_URI to use that server"
  fi

  local java t0=$SECONDS
  java="$(find_java)"
  ensure_jars
  write_conf
  mkdir -p "$STATE/logs"
  printf '=== %s start: %s\n' "$(date -u +%FT%TZ)" "$java" >> "$LOG"
  LOG_FROM="$(wc -l < "$LOG")"
  NEO4J_LOG_FROM="$( (wc -l < "$STATE/logs/neo4j.log") 2>/dev/null || echo 0)"
  # setsid: own session, so a Ctrl-C in make or the terminal does not reach it;
  # 9>&- so the server does not inherit (and hold) the start lock.
  (
    cd "$STATE"
    # shellcheck disable=SC2086 # NEO4J_JAVA_OPTS is a word list on purpose
    exec setsid "$java" -Xms256m -Xmx"$HEAP" "${JVM_FLAGS[@]}" ${NEO4J_JAVA_OPTS:-} \
      -cp "$LIB/*" "$MAIN_CLASS" --home-dir="$STATE" --config-dir="$STATE"
  ) </dev/null >>"$LOG" 2>&1 9>&- &
  pid=$!
  echo "$pid" > "$PIDFILE"
  say "starting (pid $pid), log $LOG"
  if ! wait_for_bolt "$pid" "$PORT"; then
    kill_server "$pid"
    exit 1
  fi
  say "running (pid $pid) on bolt://127.0.0.1:$PORT, no auth (started in $((SECONDS - t0)) s)"
}

# TERM, up to 30 s for a clean shutdown (checkpoint), then KILL.
kill_server() {
  local pid="$1" i
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "pid $pid did not stop within 30 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
  fi
  rm -f "$PIDFILE"
}

cmd_stop() {
  if [[ -n "${NEO4J_URI:-}" && ! -f "$PIDFILE" ]]; then
    say "NEO4J_URI is set ($NEO4J_URI): external server, nothing to stop"
    return 0
  fi
  local pid
  if ! pid="$(server_pid)"; then
    rm -f "$PIDFILE"
    say "not running"
    return 0
  fi
  kill_server "$pid"
  say "stopped (pid $pid)"
}

cmd_status() {
  if [[ -n "${NEO4J_URI:-}" ]]; then
    say "NEO4J_URI is set: using external server $NEO4J_URI"
  fi
  local pid port
  if pid="$(server_pid)"; then
    port="$(conf_port)"; port="${port:-$PORT}"
    if bolt_ok "$port"; then
      say "running (pid $pid) on bolt://127.0.0.1:$port"
    else
      say "process running (pid $pid) but Bolt not answering on 127.0.0.1:$port (starting or stuck?)"
    fi
    return 0
  fi
  say "not running"
  return 3
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  restart) cmd_stop; cmd_start ;;
  *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac
