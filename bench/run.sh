#!/usr/bin/env bash
# Duplex side by side with the floor (a bare QWebSocketServer) and the tutorial's Tornado
# server: echo throughput and CPU per message, latency, handshakes per second, memory per idle
# connection and across connect/close cycles. Prints one Markdown table.
#
#   bench/run.sh                      # about 7 minutes on two cores
#   BENCH_SECONDS=3 bench/run.sh      # shorter echo/connect windows while trying things out
#
# Environment: BENCH_SECONDS (10) and BENCH_WARMUP (2) per echo/connect run, BENCH_ROUNDS (5)
# slices each is cut into, BENCH_IDLE (10000)
# idle connections, BENCH_CYCLES (20000) connect/close cycles, BENCH_LOGGED=0 to leave out the
# rows with Duplex's own logging ("logging on" and --quiet, both into /dev/null), BENCH_WINDOW=0
# to leave out the window row, BENCH_WINDOW_MEMORY=1 to give the window row the idle and cycles
# runs too.
#
# All servers start first and every measurement is then taken server after server, in rounds:
# each server's echo and connect figures add up BENCH_ROUNDS slices, one per round. The
# benchmark machine is shared, and its speed drifts by tens of percent over minutes; taken this
# way, a slow spell hits every row of a column alike instead of one row. (The window row, which
# needs a fresh window per measurement, runs its measurements whole.)
set -euo pipefail

seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP:-2}
rounds=${BENCH_ROUNDS:-5}
idleCount=${BENCH_IDLE:-10000}
cycleCount=${BENCH_CYCLES:-20000}
withLogged=${BENCH_LOGGED:-1}
withWindow=${BENCH_WINDOW:-1}
windowMemory=${BENCH_WINDOW_MEMORY:-0}
connections=50
size=64
python=/usr/bin/python3 # Debian's, which has python3-tornado

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=$root/build
work=$(mktemp -d /tmp/duplex-bench.XXXXXX)
results=$work/results.txt

say() { printf '%s\n' "$*" >&2; }

# --- Processes: everything started here is recorded by PID and ended on exit. ---------------
started=()
cleanup() {
    local p
    ((${#started[@]} > 0)) || return 0
    for p in "${started[@]}"; do
        kill -TERM "$p" 2>/dev/null || true
    done
    sleep 0.5
    for p in "${started[@]}"; do
        kill -KILL "$p" 2>/dev/null || true
    done
}
trap cleanup EXIT
# forget PID: it has ended and been waited for, so its number may go to someone else.
forget() {
    local kept=() p
    for p in "${started[@]}"; do
        [[ $p == "$1" ]] || kept+=("$p")
    done
    started=("${kept[@]}")
}
trap 'exit 130' INT TERM

# --- Build ---------------------------------------------------------------------------------
build_all() {
    say "== building (Release) =="
    if [[ -f $build/CMakeCache.txt ]]; then
        cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >"$work/cmake.log"
    else
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$work/cmake.log"
    fi
    cmake --build "$build" --target duplex >>"$work/cmake.log"
    duplex=$build/app/duplex
    cmake --build "$build" --target loadgen bareqt_echo >>"$work/cmake.log"
    tools=$build/bench
    loadgen=$tools/loadgen
}

# --- Helpers -------------------------------------------------------------------------------
free_port() {
    "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# rss_kb PID: resident memory in KiB; nothing when the process is gone.
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || true; }

# wait_listening PID PORT: until something listens on 127.0.0.1:PORT (15 s at most).
wait_listening() {
    local i
    for ((i = 0; i < 150; i++)); do
        kill -0 "$1" 2>/dev/null || return 1
        [[ -n $(ss -Hltn "src 127.0.0.1:$2") ]] && return 0
        sleep 0.1
    done
    return 1
}

# wait_line FILE PATTERN: the first line of FILE matching PATTERN (15 s at most).
wait_line() {
    local i line
    for ((i = 0; i < 150; i++)); do
        line=$(grep -m1 -- "$2" "$1" 2>/dev/null || true)
        [[ -n $line ]] && { printf '%s\n' "$line"; return 0; }
        sleep 0.1
    done
    return 1
}

# field "RESULT ..." KEY: the value of KEY=... in a RESULT line.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

# --- The servers: one row each. --------------------------------------------------------------
rows=()
declare -A label pid port

add_row() { rows+=("$1"); label[$1]=$2; }

start_duplex() { # key, logging rules ("" for Duplex's default), more options...
    local key=$1 rules=$2 p
    shift 2
    p=$(free_port)
    if [[ -n $rules ]]; then
        QT_LOGGING_RULES=$rules "$duplex" --headless --port "$p" "$@" >/dev/null \
            2>"$work/$key.err" &
    else # its log into /dev/null: the cost of making every line, not of a terminal showing it
        "$duplex" --headless --port "$p" "$@" >/dev/null 2>/dev/null &
    fi
    started+=($!)
    pid[$key]=$!
    port[$key]=$p
    wait_listening "${pid[$key]}" "$p" || { say "duplex ($key) did not start"; return 1; }
}

start_announcing() { # key, command...: a server that prints "LISTENING <port>"
    local key=$1
    shift
    "$@" >"$work/$key.out" 2>"$work/$key.err" &
    started+=($!)
    pid[$key]=$!
    local line
    line=$(wait_line "$work/$key.out" '^LISTENING ') || { say "$key did not start"; return 1; }
    port[$key]=${line#LISTENING }
}

start_window() { # key, tag: a fresh window for one measurement
    local key=$1 tag=$2 p runner i
    p=$(free_port)
    mkdir -p "$work/config"
    rm -f "$work/stall.$tag.txt"
    # A private settings folder: the window remembers its port and layout, and must not
    # change the user's. DUPLEX_STALL_LOG: duplex writes the GUI thread's worst timer
    # lateness there at exit (when it supports it).
    XDG_CONFIG_HOME=$work/config DUPLEX_STALL_LOG=$work/stall.$tag.txt \
        xvfb-run -a -s "-screen 0 1280x1024x24" "$duplex" --port "$p" \
        >>"$work/$key.out" 2>>"$work/$key.err" &
    runner=$!
    started+=("$runner")
    for ((i = 0; i < 150; i++)); do
        pid[$key]=$(pgrep -P "$runner" -x duplex || true)
        [[ -n ${pid[$key]} ]] && break
        sleep 0.1
    done
    [[ -n ${pid[$key]} ]] || { say "the window did not start"; return 1; }
    started=("${pid[$key]}" "${started[@]}") # ended before xvfb-run, which then ends Xvfb
    windowRunner=$runner
    windowXvfb=$(pgrep -P "$runner" -x Xvfb || true)
    [[ -n $windowXvfb ]] && started+=("$windowXvfb")
    port[$key]=$p
    wait_listening "${pid[$key]}" "$p" || { say "the window's server did not listen"; return 1; }
}

# --- Measurements ----------------------------------------------------------------------------
declare -A cell
anyFailed=0 # any measurement that failed makes the exit status 1, after the table

run_loadgen() { # key, name, loadgen options...: runs, records the RESULT line under name
    local key=$1 name=$2 out rc=0
    shift 2
    out=$("$loadgen" --port "${port[$key]}" --server-pid "${pid[$key]}" "$@" \
        2>"$work/$key.$name.err") || rc=$?
    printf '%-16s %-10s %s\n' "$key" "$name" "$out" >>"$results"
    if ((rc != 0)) || [[ $out != RESULT* ]]; then
        say "   $key $name: loadgen failed (status $rc):"
        tail -n 5 "$work/$key.$name.err" | sed 's/^/      /' >&2
        cell[$key.$name.failed]=1
        anyFailed=1
    fi
    cell[$key.$name]=$out
}

# combine_results LINE...: one RESULT line for slices of one measurement. Counts, seconds and
# CPU time add up, and the rates and per-message figures are worked out again from the sums;
# latency percentiles are the median slice's, the maximum the largest.
combine_results() {
    printf '%s\n' "$@" | awk '
        function median(list, n,    sorted, i, j, t) {
            for (i = 1; i <= n; i++) sorted[i] = list[i]
            for (i = 2; i <= n; i++)
                for (j = i; j > 1 && sorted[j - 1] > sorted[j]; j--) {
                    t = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = t
                }
            return sorted[int((n + 1) / 2)]
        }
        {
            n++
            for (i = 2; i <= NF; i++) {
                split($i, kv, "=")
                v[kv[1]] = kv[2]
                if (n == 1) order[++fields] = kv[1]
            }
            count = ("msgs" in v) ? v["msgs"] : v["handshakes"]
            total += count; secs += v["seconds"]; scpu += v["server_cpu_ms"]
            lcpu += v["loadgen_cpu_ms"]; errs += v["errors"]; miss += v["mismatches"]
            p50[n] = v["p50_us"]; p99[n] = v["p99_us"]
            if (v["max_us"] > maxus) maxus = v["max_us"]
            if (n == 1 || v["per_conn_min"] < pmin) pmin = v["per_conn_min"]
            if (v["per_conn_max"] > pmax) pmax = v["per_conn_max"]
            for (k in v) first[k] = (n == 1) ? v[k] : first[k]
            delete v
        }
        END {
            unit = ("msgs" in first) ? "msg" : "handshake"
            out["msgs"] = total; out["handshakes"] = total; out["seconds"] = sprintf("%.2f", secs)
            out["rate"] = sprintf("%.1f", total / secs)
            out["p50_us"] = median(p50, n); out["p99_us"] = median(p99, n); out["max_us"] = maxus
            out["errors"] = errs; out["mismatches"] = miss
            out["per_conn_min"] = pmin; out["per_conn_max"] = pmax
            out["server_cpu_ms"] = scpu; out["loadgen_cpu_ms"] = lcpu
            out["server_cpu_pct"] = sprintf("%.1f", scpu / 10 / secs)
            out["loadgen_cpu_pct"] = sprintf("%.1f", lcpu / 10 / secs)
            out["server_cpu_us_per_" unit] = sprintf("%.2f", scpu * 1000 / total)
            out["loadgen_cpu_us_per_" unit] = sprintf("%.2f", lcpu * 1000 / total)
            line = "RESULT"
            for (i = 1; i <= fields; i++) {
                k = order[i]
                line = line " " k "=" ((k in out) ? out[k] : first[k])
            }
            print line " slices=" n
        }'
}

# sliced NAME LOADGEN-OPTIONS...: the measurement NAME for every server, in rounds of slices
# (see the top of this file); the window row whole, in a window of its own.
sliced() {
    local name=$1 r key slice
    shift
    slice=$(awk -v s="$seconds" -v r="$rounds" 'BEGIN { printf "%.3f", s / r }')
    declare -A parts=()
    for ((r = 1; r <= rounds; r++)); do
        for key in "${rows[@]}"; do
            [[ $key == duplexwin ]] && continue
            run_loadgen "$key" "$name.$r" "$@" --seconds "$slice" --warmup "$sliceWarmup"
            if [[ -n ${cell[$key.$name.$r.failed]:-} ]]; then
                cell[$key.$name.failed]=1
            else
                parts[$key]+="${cell[$key.$name.$r]}"$'\n'
            fi
        done
    done
    for key in "${rows[@]}"; do
        if [[ $key == duplexwin ]]; then
            measure "$key" "$name" run_loadgen "$key" "$name" "$@" --seconds "$seconds" \
                --warmup "$warmup"
        elif [[ -z ${cell[$key.$name.failed]:-} ]]; then
            local lines=()
            mapfile -t lines < <(printf '%s' "${parts[$key]}")
            cell[$key.$name]=$(combine_results "${lines[@]}")
            printf '%-16s %-10s %s\n' "$key" "$name" "${cell[$key.$name]}" >>"$results"
        fi
    done
}

idle_run() { # key: RSS with idleCount connections held open, against RSS just before
    local key=$1 before during="" lg ready="" rc=0 fifo=$work/$1.idle.fifo hold i
    before=$(rss_kb "${pid[$key]}")
    mkfifo "$fifo"
    "$loadgen" --port "${port[$key]}" --mode idle --count "$idleCount" --seconds 300 \
        --timeout 30 <"$fifo" >"$work/$key.idle.out" 2>"$work/$key.idle.err" &
    lg=$!
    started+=("$lg")
    exec {hold}>"$fifo" # the loadgen's stdin: it lets the connections go when this closes
    for ((i = 0; i < 3000; i++)); do # its own deadline ends it well before these 300 s
        ready=$(grep -m1 '^READY ' "$work/$key.idle.out" || true)
        [[ -n $ready ]] && break
        kill -0 "$lg" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -n $ready ]]; then
        sleep 1 # let the server finish what the last connections started
        during=$(rss_kb "${pid[$key]}")
    fi
    echo 'done' >&"$hold"
    exec {hold}>&-
    wait "$lg" || rc=$?
    forget "$lg"
    local out n=${ready#READY }
    out=$(grep '^RESULT' "$work/$key.idle.out" || true)
    printf '%-16s %-10s %s rss_before_kb=%s rss_idle_kb=%s\n' "$key" idle "$out" "$before" \
        "$during" >>"$results"
    if ((rc != 0)) || [[ -z $ready ]]; then
        say "   $key idle: loadgen failed (status $rc, ${ready:-no READY}):"
        tail -n 5 "$work/$key.idle.err" | sed 's/^/      /' >&2
    fi
    if [[ -n $ready && -n $before && -n $during ]] && ((n > 0)); then
        cell[$key.idlekb]=$(awk -v a="$during" -v b="$before" -v n="$n" \
            'BEGIN { printf "%.1f", (a - b) / n }')
        ((n == idleCount)) || cell[$key.idlekb]+=" (n=$n)"
    else
        cell[$key.idlekb]=ERR
        anyFailed=1
    fi
}

cycles_run() { # key: RSS after cycleCount connect/close cycles against RSS before them
    local key=$1 before after
    run_loadgen "$key" cyclewarm --mode cycles --connections 8 --count 1000
    sleep 0.5
    before=$(rss_kb "${pid[$key]}")
    run_loadgen "$key" cycles --mode cycles --connections 8 --count "$cycleCount"
    sleep 0.5 # deferred deletes run
    after=$(rss_kb "${pid[$key]}")
    printf '%-16s %-10s rss_before_kb=%s rss_after_kb=%s\n' "$key" rss "$before" "$after" \
        >>"$results"
    if [[ -n $before && -n $after && -z ${cell[$key.cycles.failed]:-} ]]; then
        cell[$key.cycles]=$(awk -v a="$after" -v b="$before" \
            'BEGIN { printf "%+d KB (%+.1f %%)", a - b, 100 * (a - b) / b }')
    else
        cell[$key.cycles]=ERR
        anyFailed=1
    fi
}

memory_runs() { # key
    # Cycles first: after the idle run, the heap its connections freed would hide a leak.
    cycles_run "$1"
    say "   $cycleCount cycles: ${cell[$1.cycles]}"
    idle_run "$1"
    say "   $idleCount idle connections: ${cell[$1.idlekb]:-failed} KB each"
}

stop_window() { # key, tag: ends the window as a user's SIGTERM does; it writes its stall log
    local key=$1 tag=$2 i
    kill -TERM "${pid[$key]}" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do
        kill -0 "${pid[$key]}" 2>/dev/null || break
        sleep 0.1
    done
    if ! kill -0 "${pid[$key]}" 2>/dev/null; then
        forget "${pid[$key]}"
        for ((i = 0; i < 50; i++)); do # xvfb-run ends Xvfb, then itself
            kill -0 "$windowRunner" 2>/dev/null || break
            sleep 0.1
        done
        if ! kill -0 "$windowRunner" 2>/dev/null; then
            wait "$windowRunner" || true
            forget "$windowRunner"
            [[ -n $windowXvfb ]] && forget "$windowXvfb"
        fi
    fi
    if [[ -s $work/stall.$tag.txt ]]; then
        cell[$key.stall.$tag]=$(head -c 40 "$work/stall.$tag.txt" | tr -d '\n')
    else
        cell[$key.stall.$tag]="n/a"
    fi
    printf '%-16s %-10s gui_max_stall_ms=%s\n' "$key" "$tag" "${cell[$key.stall.$tag]}" \
        >>"$results"
}

# measure KEY TAG COMMAND...: runs COMMAND for one server. The window row gets a window of its
# own for each measurement, so that its stall figure is its own load's: a window left open
# through the other servers' runs also records every hiccup of this shared machine (one run
# saw 400 ms that way, against 15 ms at most under its own load).
measure() {
    local key=$1 tag=$2
    shift 2
    if [[ $key != duplexwin ]]; then
        "$@"
        return
    fi
    if ! start_window "$key" "$tag"; then
        cell[$key.$tag.failed]=1
        anyFailed=1
        return
    fi
    sleep 2.2 # the stall monitor leaves out the window's first 2 s (its first layout and paint)
    "$@"
    stop_window "$key" "$tag"
    stallTags+=("$tag")
}

stall_cell() { # key: the worst stall, then each measurement's
    local key=$1 tag worst="" each=() value
    for tag in "${stallTags[@]}"; do
        value=${cell[$key.stall.$tag]:-n/a}
        each+=("$value")
        if [[ $value =~ ^[0-9]+$ ]] && [[ -z $worst || $value -gt $worst ]]; then
            worst=$value
        fi
    done
    ((${#each[@]} > 0)) || { printf '–'; return; }
    local joined
    joined=$(IFS=/; echo "${each[*]}")
    printf '%s (%s)' "${worst:-n/a}" "${joined//\// \/ }"
}

# --- The table -------------------------------------------------------------------------------
num() { # key, name, field: a number from a RESULT line, or "ERR"/"–"
    local line=${cell[$1.$2]:-}
    [[ -n ${cell[$1.$2.failed]:-} ]] && { printf 'ERR'; return; }
    [[ -z $line ]] && { printf '–'; return; }
    field "$line" "$3"
}

fmt() { # printf format, value: formats numbers, passes "ERR"/"–" through
    # shellcheck disable=SC2059 # the format is the point
    if [[ $2 =~ ^[0-9.]+$ ]]; then printf "$1" "$2"; else printf '%s' "$2"; fi
}

ratio() { # a, b: a/b as "×1.23", or "–"
    if [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]] && awk -v b="$2" 'BEGIN { exit !(b > 0) }'; then
        awk -v a="$1" -v b="$2" 'BEGIN { printf "×%.2f", a / b }'
    else
        printf '–'
    fi
}

print_table() {
    echo
    echo "Echo: $connections connections, $size-byte text messages, ${seconds} s measured per" \
        "server in $rounds slices taken in turn with the other servers, each after ${sliceWarmup} s" \
        "warm-up (the window: ${seconds} s after ${warmup} s, in one piece); K = messages in" \
        "flight per connection; latency is the median slice's. CPU = the server process's" \
        "user+system time (all threads) over the window, per message. Handshakes: $connections" \
        "at once, connect + upgrade + Welcome! + close. Idle: $idleCount connections. Cycles:" \
        "$cycleCount connect/close cycles after 1000 unmeasured. GUI stall: the window's" \
        "worst lateness of a 10 ms timer (DUPLEX_STALL_LOG), in a fresh window per measurement."
    echo
    echo "| server | msgs/s K=1 | msgs/s K=8 | CPU µs/msg K=1 | CPU µs/msg K=8 | latency p50 / p99 µs K=8 | handshakes/s | KB per idle connection | RSS change after $cycleCount cycles | GUI max stall ms (worst; each run) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    local key
    for key in "${rows[@]}"; do
        printf '| %s | %s | %s | %s | %s | %s / %s | %s | %s | %s | %s |\n' \
            "${label[$key]}" \
            "$(fmt %.0f "$(num "$key" echo1 rate)")" \
            "$(fmt %.0f "$(num "$key" echo8 rate)")" \
            "$(fmt %.2f "$(num "$key" echo1 server_cpu_us_per_msg)")" \
            "$(fmt %.2f "$(num "$key" echo8 server_cpu_us_per_msg)")" \
            "$(fmt %.0f "$(num "$key" echo8 p50_us)")" \
            "$(fmt %.0f "$(num "$key" echo8 p99_us)")" \
            "$(fmt %.0f "$(num "$key" connect rate)")" \
            "${cell[$key.idlekb]:-–}" "${cell[$key.cycles]:-–}" \
            "$([[ $key == duplexwin ]] && stall_cell "$key" || printf '–')"
    done

    echo
    echo "Duplex against the floor and against Tornado (msgs/s and handshakes/s: higher is" \
        "better; CPU and KB: lower is better):"
    echo
    echo "| ratio | msgs/s K=1 | msgs/s K=8 | CPU µs/msg K=1 | CPU µs/msg K=8 | handshakes/s | KB per idle connection |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    local other
    for key in "${rows[@]}"; do
        [[ $key == duplex* ]] || continue
        for other in bareqt bareqtpoll tornado; do
            printf '| %s ÷ %s | %s | %s | %s | %s | %s | %s |\n' "${label[$key]}" "${label[$other]}" \
                "$(ratio "$(num "$key" echo1 rate)" "$(num "$other" echo1 rate)")" \
                "$(ratio "$(num "$key" echo8 rate)" "$(num "$other" echo8 rate)")" \
                "$(ratio "$(num "$key" echo1 server_cpu_us_per_msg)" "$(num "$other" echo1 server_cpu_us_per_msg)")" \
                "$(ratio "$(num "$key" echo8 server_cpu_us_per_msg)" "$(num "$other" echo8 server_cpu_us_per_msg)")" \
                "$(ratio "$(num "$key" connect rate)" "$(num "$other" connect rate)")" \
                "$(ratio "${cell[$key.idlekb]:-}" "${cell[$other.idlekb]:-}")"
        done
    done

    echo
    echo "The load generator's own CPU over the same windows (it must stay below the server's), and"
    echo "how much CPU each side got during echo K=8: msgs/s follows what the shared machine had to"
    echo "give at that moment (one core's worth in some spells, nearer two in others), so compare"
    echo "CPU µs/msg first."
    echo
    echo "| server | loadgen µs/msg K=1 | server µs/msg K=1 | loadgen µs/msg K=8 | server µs/msg K=8 | loadgen µs/handshake | server µs/handshake | CPU % K=8, server / loadgen | messages per connection K=8, fewest / most |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for key in "${rows[@]}"; do
        printf '| %s | %s | %s | %s | %s | %s | %s | %s / %s | %s / %s |\n' "${label[$key]}" \
            "$(fmt %.2f "$(num "$key" echo1 loadgen_cpu_us_per_msg)")" \
            "$(fmt %.2f "$(num "$key" echo1 server_cpu_us_per_msg)")" \
            "$(fmt %.2f "$(num "$key" echo8 loadgen_cpu_us_per_msg)")" \
            "$(fmt %.2f "$(num "$key" echo8 server_cpu_us_per_msg)")" \
            "$(fmt %.0f "$(num "$key" connect loadgen_cpu_us_per_handshake)")" \
            "$(fmt %.0f "$(num "$key" connect server_cpu_us_per_handshake)")" \
            "$(fmt %.0f "$(num "$key" echo8 server_cpu_pct)")" \
            "$(fmt %.0f "$(num "$key" echo8 loadgen_cpu_pct)")" \
            "$(num "$key" echo8 per_conn_min)" "$(num "$key" echo8 per_conn_max)"
    done
    echo
    echo "Raw RESULT lines: $results"
}

# --- Main ------------------------------------------------------------------------------------
begin=$SECONDS
build_all

say "== starting the servers =="
add_row duplex "duplex --headless"
start_duplex duplex 'duplex.*=false'
if [[ $withLogged == 1 ]]; then
    add_row duplexlog "duplex --headless, logging on"
    start_duplex duplexlog ""
    if "$duplex" --help 2>/dev/null | grep -q -- '--quiet'; then
        add_row duplexquiet "duplex --headless --quiet"
        start_duplex duplexquiet "" --quiet
    fi
fi
stallTags=()
if [[ $withWindow == 1 ]] && command -v xvfb-run >/dev/null; then
    add_row duplexwin "duplex (window)" # started afresh for each of its measurements
fi
add_row bareqt "bare QWebSocketServer (floor)"
start_announcing bareqt "$tools/bareqt_echo" 0
# The floor again on Qt's own poll() loop, the loop duplex --headless chooses: the floor above
# runs on Qt's default for Linux, GLib's. Both are shown so that no ratio hides the difference.
add_row bareqtpoll "bare QWebSocketServer, QT_NO_GLIB=1"
start_announcing bareqtpoll env QT_NO_GLIB=1 "$tools/bareqt_echo" 0
add_row tornado "Tornado $("$python" -c 'import tornado; print(tornado.version)')"
start_announcing tornado "$python" "$here/tornado_echo.py" 0
for key in "${rows[@]}"; do
    [[ $key == duplexwin ]] && continue
    say "   ${label[$key]}: pid ${pid[$key]}, port ${port[$key]}"
done

# A slice's own warm-up: its connections are new (a second is plenty for them), and the
# first slice follows nothing.
sliceWarmup=$(awk -v w="$warmup" -v r="$rounds" 'BEGIN { printf "%.3f", (w < 1 || r < 2) ? w : 1 }')
for k in 1 8; do
    say "== echo, K=$k ($rounds rounds of ${sliceWarmup} s + $seconds/$rounds s per server) =="
    sliced "echo$k" --mode echo --connections "$connections" --inflight "$k" --size "$size" \
        --timeout 20
    for key in "${rows[@]}"; do
        say "   ${label[$key]}: $(num "$key" "echo$k" rate) msgs/s"
    done
done
say "== connect ($rounds rounds of ${sliceWarmup} s + $seconds/$rounds s per server) =="
sliced connect --mode connect --connections "$connections"
for key in "${rows[@]}"; do
    say "   ${label[$key]}: $(num "$key" connect rate) handshakes/s"
done
for key in "${rows[@]}"; do
    [[ $key == duplexlog || $key == duplexquiet ]] && continue # the same memory as "duplex"
    [[ $key == duplexwin && $windowMemory != 1 ]] && continue
    say "== memory: ${label[$key]} =="
    measure "$key" memory memory_runs "$key"
done

print_table
say "(took $((SECONDS - begin)) s)"
if ((anyFailed)); then
    say "Some measurements failed (ERR in the table); their loadgen errors are above."
    exit 1
fi
