#!/usr/bin/env bash
# The kill loop (issue 9): CYCLES times, `loquat-cli chat --save` streams an answer from
# loquat-sim into one history file and is killed with SIGKILL at a random moment (before it
# connects, mid-stream, or after it finished); then the file is reopened: PRAGMA integrity_check
# (sqlite3) must say "ok", `loquat-cli conversations list` must open it, and every answer that
# finished before its kill must be in it, complete and exactly as the CLI printed it. Prints one
# JSON object like loquat-bench; the figures are in BENCHMARKS.md.
#
#   bench/killloop.sh [CYCLES]        (default 100; LOQUAT_BUILD_DIR picks the build, default build/)
#
# A kill lands in one of three windows, chosen at random per cycle: 0-0.3 s (start-up, the
# request), 0.3-1.5 s (the answer streams: 60-360 tokens 4 ms apart) and never (the run ends).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LOQUAT_BUILD_DIR:-$root/build}
cycles=${1:-100}
cli=$build/cli/loquat-cli
sim=$build/sim/loquat-sim
for tool in "$cli" "$sim" sqlite3 jq; do
    command -v "$tool" >/dev/null || { echo "killloop: $tool not found (build first)" >&2; exit 2; }
done

work=$(mktemp -d)
sim_pid=
cleanup() {
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen HOME=$work LOQUAT_TIMEOUT=10
data=$work/data
db=$data/history.db
mkdir -p "$data"

"$sim" --port 0 >"$work/sim.log" 2>&1 &
sim_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^loquat-sim listening on \(http[^ ]*\).*/\1/p' "$work/sim.log")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "killloop: loquat-sim did not start" >&2; cat "$work/sim.log" >&2; exit 2; }

killed_before_answer=0 killed_after_question_stored=0 finished=0 cli_failed=0
integrity_failures=0 open_failures=0 lost_finished=0 interrupted_kept=0
finished_cycles=()
start=$(date +%s%N)
for cycle in $(seq "$cycles"); do
    prompt=$(printf 'Kill loop cycle %d, marker kl-%d.\n/sim tokens=%d delay=4 seed=%d' \
        "$cycle" "$cycle" $((60 + RANDOM % 300)) "$cycle")
    case $((RANDOM % 3)) in
    0) delay=$(printf '0.%03d' $((RANDOM % 300))) ;;
    1)
        ms=$((300 + RANDOM % 1200))
        delay=$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))
        ;;
    *) delay= ;;
    esac
    "$cli" chat --url "$url" --model sim-chat --save --data-dir "$data" --json "$prompt" \
        >"$work/out.json" 2>"$work/err.txt" &
    pid=$!
    if [ -n "$delay" ]; then
        sleep "$delay"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rc=0
    wait "$pid" 2>/dev/null || rc=$?
    if [ "$rc" -eq 137 ]; then
        # Killed: after the question was stored (mid-stream, mostly), or before.
        if [ -f "$db" ] && [ "$(sqlite3 "$db" "SELECT count(*) FROM messages WHERE role='user' AND instr(content, 'kl-$cycle.') > 0")" != 0 ]; then
            killed_after_question_stored=$((killed_after_question_stored + 1))
        else
            killed_before_answer=$((killed_before_answer + 1))
        fi
    elif [ "$rc" -eq 0 ]; then
        finished=$((finished + 1))
        finished_cycles+=("$cycle")
        jq -j '.content' "$work/out.json" >"$work/printed-$cycle.txt"
    else
        cli_failed=$((cli_failed + 1))
        echo "killloop: cycle $cycle: loquat-cli exited $rc: $(head -c 300 "$work/err.txt")" >&2
    fi

    # Reopen: the file is sound and the app's store opens it.
    [ -f "$db" ] || continue
    verdict=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1 || true)
    if [ "$verdict" != ok ]; then
        integrity_failures=$((integrity_failures + 1))
        echo "killloop: cycle $cycle: integrity_check: $verdict" >&2
    fi
    if ! "$cli" conversations list --data-dir "$data" --json >/dev/null 2>"$work/list-err.txt"; then
        open_failures=$((open_failures + 1))
        echo "killloop: cycle $cycle: conversations list: $(head -c 300 "$work/list-err.txt")" >&2
    fi
done
wall_ds=$((($(date +%s%N) - start) / 100000000))

# Every finished answer is in the file, complete, and exactly what the CLI printed.
for cycle in "${finished_cycles[@]}"; do
    sqlite3 "$db" "SELECT a.state || char(10) || a.content FROM messages a JOIN messages u ON a.parent_id = u.id
                   WHERE a.role = 'assistant' AND instr(u.content, 'kl-$cycle.') > 0" >"$work/stored.txt"
    # sqlite3 ends its output with a newline of its own.
    if [ "$(head -n1 "$work/stored.txt")" != complete ] ||
        ! cmp -s <(tail -n +2 "$work/stored.txt" | head -c -1) "$work/printed-$cycle.txt"; then
        lost_finished=$((lost_finished + 1))
        echo "killloop: cycle $cycle: the finished answer is not in the history as printed" >&2
    fi
done
# Answers cut by a kill are kept as far as they arrived (the next open marks them interrupted).
interrupted_kept=$(sqlite3 "$db" "SELECT count(*) FROM messages WHERE role = 'assistant' AND state != 'complete' AND content != ''")
conversations=$(sqlite3 "$db" 'SELECT count(*) FROM conversations')

cat <<EOF
{
    "killloop_cycles": $cycles,
    "killloop_killed_before_answer": $killed_before_answer,
    "killloop_killed_after_question_stored": $killed_after_question_stored,
    "killloop_finished": $finished,
    "killloop_cli_failed": $cli_failed,
    "killloop_integrity_failures": $integrity_failures,
    "killloop_open_failures": $open_failures,
    "killloop_lost_finished_messages": $lost_finished,
    "killloop_cut_answers_kept": $interrupted_kept,
    "killloop_conversations": $conversations,
    "killloop_wall_s": $((wall_ds / 10)).$((wall_ds % 10))
}
EOF
[ "$integrity_failures" -eq 0 ] && [ "$open_failures" -eq 0 ] && [ "$lost_finished" -eq 0 ] && [ "$cli_failed" -eq 0 ]
