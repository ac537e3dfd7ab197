#!/usr/bin/env bash
# The figures of docs/PERFORMANCE.md that criterion does not give: process startup, peak memory of
# `rapport` and of the wizard (the full-screen TUI in tmux and the line mode), and the binary size.
# Run from the repository root after `cargo build --release`; needs GNU time (/usr/bin/time) and tmux.
#
#   cargo build --release && benches/measure.sh
#
# Speed of the report pipeline, key + frame and questionnaire loading comes from the criterion
# benchmarks (`REGIEWIJZER_BENCH_CPU=1 cargo bench --bench report --bench tui`), see PERFORMANCE.md.
set -euo pipefail

BIN=${BIN:-target/release/regiewijzer}
SESSION=tests/fixtures/sessions-vvsg/gemeente-15000-deeltijds.toml
work=$(mktemp -d)
trap 'tmux kill-session -t rw-measure 2>/dev/null || true; rm -rf "$work"' EXIT
export REGIEWIJZER_DATA_DIR="$work/data" REGIEWIJZER_CONFIG_DIR="$work/config"

echo "binary: $(stat -c %s "$BIN") bytes ($(( $(stat -c %s "$BIN") / 1024 / 1024 )) MB), $BIN"

# Startup: the median wall time of 21 runs of a command, in milliseconds.
median_ms() {
  local times=()
  for _ in $(seq 21); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 11p | awk '{ printf "%.2f", $1 / 1000 }'
}
echo "startup, 'regiewijzer --version': $(median_ms "$BIN" --version) ms (median of 21)"
echo "startup + questionnaire check, 'regiewijzer controleer': $(median_ms "$BIN" controleer) ms"
echo "whole process, 'rapport --formaat alle' (md, html, json, ontwerpbeslissing): $(median_ms "$BIN" rapport "$SESSION" --formaat alle -o "$work/out") ms"

peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
echo "peak memory, rapport --formaat alle: $(peak "$BIN" rapport "$SESSION" --formaat alle -o "$work/out2") KB"

# The line mode through a whole session: the intake, then "1" and an empty line, over and over (an
# answer, then Enter on the next question), until the result, then 'stop'.
{ printf 'Meetgem\nMeting\n1\n1\n'; for _ in $(seq 300); do printf '1\n\n'; done; printf 'stop\n'; } >"$work/lines.txt"
echo "peak memory, line mode (intake + every question): $(peak "$BIN" --nieuw --toegankelijk <"$work/lines.txt") KB"

# The full-screen wizard in tmux at 120x40: intake, then 60 answers and moves; the process's own peak
# (VmHWM) read before it quits.
tmux new-session -d -s rw-measure -x 120 -y 40 "env REGIEWIJZER_DATA_DIR=$work/tui REGIEWIJZER_CONFIG_DIR=$work/config $BIN --nieuw"
sleep 1
tmux send-keys -t rw-measure 'Meetgem' Tab 'Meting' Enter
sleep 0.5
tmux send-keys -t rw-measure Enter Enter Enter
for _ in $(seq 60); do tmux send-keys -t rw-measure 1 Right; done
sleep 1
tmux capture-pane -p -t rw-measure | grep -m1 -E 'Vraag|vraag' || echo "(the wizard did not reach the questions)" >&2
pid=$(tmux display-message -p -t rw-measure "#{pane_pid}")
echo "peak memory, TUI (120x40, intake + 60 keys; process $(cat /proc/$pid/comm)): $(awk '/VmHWM/ { print $2 }' "/proc/$pid/status") KB"
tmux send-keys -t rw-measure C-c
