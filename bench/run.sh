#!/usr/bin/env bash
# Build benchmark for the generator. Everything it writes goes below bench/out/ (git-ignored).
#
#   bench/run.sh                      # the whole benchmark, a Markdown table at the end
#   RUNS=9 SIZES="20 200" bench/run.sh
#
# Settings (environment):
#   RUNS=5           runs of the real site per generator build (median reported)
#   CORPUS_RUNS=3    runs per corpus size
#   SIZES="20 200 2000"   pages per language of the synthetic corpora (tests/CorpusMaker)
#   EDITS=5          changes made to one page while `serve` runs (first and median rebuild reported)
#   COMPARE_R2R=1    also publish a ReadyToRun build (JIT runtime) and time the real site with it (0 skips)
#   GEN=path         measure this native binary (e.g. .build/native/maalmedmening from ./build.sh) instead of publishing one
#   HUGO=1           build the same pages with Hugo in the same run, interleaved (installs Debian's hugo if missing;
#                    0 skips): each corpus also as a Hugo site, and the real site against Hugo's 20-page/language corpus
#   QUIET_WAIT=120   before measuring, wait up to this many seconds for the 1-minute load average to fall
#   QUIET_LOAD=nproc below this (other work on the machine skews every figure; the report shows the load)
#
# The generator is published once into bench/out/gen-aot (Native AOT, what ./build.sh runs) and, for comparison,
# bench/out/gen-r2r (ReadyToRun on the JIT runtime); both with their own --artifacts-path, so they never touch
# generator/bin or generator/obj. Each build is a whole process (the apphost), never `dotnet run`.
# Every process the script starts runs under `timeout` and is stopped on exit, so the script is bounded.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/out
RUNS=${RUNS:-5}
CORPUS_RUNS=${CORPUS_RUNS:-3}
SIZES=${SIZES:-"20 200 2000"}
EDITS=${EDITS:-5}
COMPARE_R2R=${COMPARE_R2R:-1}
HUGO=${HUGO:-1}
QUIET_WAIT=${QUIET_WAIT:-120}
QUIET_LOAD=${QUIET_LOAD:-$(nproc)}
STEP_TIMEOUT=600    # seconds for one dotnet publish
BUILD_TIMEOUT=300   # seconds for one site build
SERVE_TIMEOUT=300   # seconds the preview server may live at most
WAIT_TIMEOUT=60     # seconds to wait for one build inside `serve`

mkdir -p "$OUT"
LOGS=$OUT/logs
rm -rf "$LOGS"
mkdir -p "$LOGS"

SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Median of the numbers given as arguments (the mean of the middle two for an even count).
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } if (NR % 2) printf "%.1f\n", v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
min_of() { printf '%s\n' "$@" | sort -g | head -n1; }
max_of() { printf '%s\n' "$@" | sort -g | tail -n1; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { if (b == 0) print "n/a"; else printf f "\n", a / b }'; }

# ---------------------------------------------------------------------------------------------- tools
if [[ ! -x /usr/bin/time ]]; then
    say "Installing GNU time (for peak memory) with apt-get"
    if [[ $(id -u) -eq 0 ]]; then
        timeout 300 apt-get install -y -qq time >/dev/null || { timeout 300 apt-get update -qq && timeout 300 apt-get install -y -qq time >/dev/null; }
    else
        timeout 300 sudo apt-get install -y -qq time >/dev/null
    fi
fi
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing; apt-get install time"
command -v gzip >/dev/null || die "gzip is missing"

# ---------------------------------------------------------------------------------------------- build
publish() { # name, extra publish arguments...
    local name=$1; shift
    say "Publishing the generator → bench/out/$name"
    rm -rf "$OUT/$name"
    timeout -k 10 "$STEP_TIMEOUT" dotnet publish generator -c Release -o "$OUT/$name" \
        --artifacts-path "$OUT/artifacts-$name" -nologo -v quiet "$@" > "$LOGS/publish-$name.log" 2>&1 \
        || { cat "$LOGS/publish-$name.log" >&2; die "dotnet publish ($name) failed"; }
    [[ -x "$OUT/$name/maalmedmening" ]] || die "no apphost in bench/out/$name"
}

if [[ -n "${GEN:-}" ]]; then
    [[ -x "$GEN" ]] || die "GEN=$GEN is not an executable"
    GEN=$(realpath "$GEN")
    say "Measuring $GEN (not publishing one)"
else
    publish gen-aot -r linux-x64 -p:PublishAot=true
    GEN=$OUT/gen-aot/maalmedmening
fi
if [[ "$COMPARE_R2R" == 1 ]]; then
    publish gen-r2r -r linux-x64 --self-contained false -p:PublishReadyToRun=true
fi

if [[ "$HUGO" == 1 ]] && ! command -v hugo >/dev/null; then
    say "Installing Debian's hugo with apt-get (for the side-by-side figures)"
    sudo_cmd=""; [[ $(id -u) -eq 0 ]] || sudo_cmd=sudo
    DEBIAN_FRONTEND=noninteractive timeout 300 $sudo_cmd apt-get install -y -qq --no-install-recommends hugo >/dev/null 2>&1 \
        || { timeout 300 $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 300 $sudo_cmd apt-get install -y -qq --no-install-recommends hugo >/dev/null; } \
        || say "could not install hugo; the table has no Hugo columns"
fi
command -v hugo >/dev/null || HUGO=0
HUGO_VERSION=$( ((HUGO)) && hugo version 2>/dev/null | awk '{ print $2 }' || echo "")

# Others may be editing input/ and theme/ while this runs: take one copy of each now, right after publishing,
# and measure only those, so that every case sees the same content and the generator built from the same moment.
say "Copying input/ and theme/assets/ → bench/out/snapshot/"
SNAP=$OUT/snapshot
rm -rf "$SNAP"
mkdir -p "$SNAP/theme"
cp -a input "$SNAP/input"
cp -a theme/assets "$SNAP/theme/assets"

say "Building tests/CorpusMaker"
timeout -k 10 "$STEP_TIMEOUT" dotnet build tests/CorpusMaker -c Release --artifacts-path "$OUT/artifacts-corpus" -nologo -v quiet \
    > "$LOGS/build-corpusmaker.log" 2>&1 || { cat "$LOGS/build-corpusmaker.log" >&2; die "building CorpusMaker failed"; }
CORPUSMAKER=$OUT/artifacts-corpus/bin/CorpusMaker/release/corpusmaker.dll
[[ -f "$CORPUSMAKER" ]] || die "no $CORPUSMAKER"

# ---------------------------------------------------------------------------------------------- measure
# The wall time of one command alone, in ms, into BARE_WALL (its exit code in BARE_RC): timed with bash's own clock
# ($EPOCHREALTIME starts no process) around the bare command, bounded by a watchdog started before the clock. Timed
# inside date, timeout and /usr/bin/time, as the CPU and memory figures need, a run also timed those programs' own
# starts: some 20 ms a run on this VM (/bin/true measured 25 ms so, 4 ms bare), alike for the generator and Hugo,
# which pulled every ratio towards 1. Each run is therefore made twice: bare for the wall, wrapped for the rest.
bare_wall() { # log, pattern naming the process for the watchdog (pkill -f), command...
    local log=$1 pattern=$2 watchdog start end; shift 2
    ( sleep "$BUILD_TIMEOUT"; pkill -TERM -f -- "$pattern" ) &
    watchdog=$!
    start=${EPOCHREALTIME/,/.}
    set +e
    "$@" > "$log" 2>&1
    BARE_RC=$?
    set -e
    end=${EPOCHREALTIME/,/.}
    pkill -P "$watchdog" 2>/dev/null || true
    kill "$watchdog" 2>/dev/null || true
    wait "$watchdog" 2>/dev/null || true
    BARE_WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
}

# One build as a whole process: wall ms (a bare run), internal ms (the "Done: … ms" line), CPU, peak RSS, pages,
# output bytes and the per-phase lines (a run under /usr/bin/time), into RUN_* variables. The output folder is
# removed before each, so every run is cold.
measure_once() { # generator, input, output, log
    local gen=$1 input=$2 output=$3 log=$4 rc
    rm -rf "$output"
    bare_wall "$log.bare" "--output $output" "$gen" build --input "$input" --output "$output" --theme "$SNAP/theme"
    if [[ $BARE_RC -ne 0 ]]; then
        cat "$log.bare" >&2
        die "build of $input exited with $BARE_RC (log: ${log#"$ROOT"/}.bare)"
    fi
    rm -rf "$output"
    set +e
    /usr/bin/time -v -o "$log.time" timeout -k 5 "$BUILD_TIMEOUT" "$gen" build --input "$input" --output "$output" --theme "$SNAP/theme" > "$log" 2>&1
    rc=$?
    set -e
    if [[ $rc -ne 0 ]]; then
        cat "$log" >&2
        die "build of $input exited with $rc (log: ${log#"$ROOT"/})"
    fi
    RUN_WALL=$BARE_WALL
    RUN_CPU=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.0f", s * 1000 }' "$log.time")
    RUN_RSS_KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log.time")
    RUN_DONE=$(sed -n 's/^Done: .*errors, \([0-9]*\) ms$/\1/p' "$log" | tail -n1)
    RUN_PAGES=$(sed -n 's/^Done: \(.*\) pages, .*/\1/p' "$log" | tr ',' '\n' | awk '{ s += $1 } END { print s + 0 }')
    RUN_BYTES=$(find "$output" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
}

# One Hugo build of a site folder as a whole process: wall ms, CPU, peak RSS into HUGO_* variables.
measure_hugo_once() { # site, output, log
    local site=$1 output=$2 log=$3
    rm -rf "$output"
    bare_wall "$log.bare" "--destination $output" hugo --quiet --source "$site" --destination "$output" --cacheDir "$OUT/hugo-cache"
    [[ $BARE_RC -eq 0 ]] || { cat "$log.bare" >&2; die "hugo build of $site failed (log: ${log#"$ROOT"/}.bare)"; }
    rm -rf "$output"
    /usr/bin/time -v -o "$log.time" timeout -k 5 "$BUILD_TIMEOUT" hugo --quiet --source "$site" --destination "$output" \
        --cacheDir "$OUT/hugo-cache" > "$log" 2>&1 || { cat "$log" >&2; die "hugo build of $site failed (log: ${log#"$ROOT"/})"; }
    HUGO_WALL=$BARE_WALL
    HUGO_RSS_KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log.time")
    HUGO_CPU=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.0f", s * 1000 }' "$log.time")
    HUGO_PAGES=$(find "$output" -name index.html -path '*/*/*' | wc -l)
}

declare -A ROW
PHASE_FILES=()

# Runs one case N times and stores its summary in ROW[<case>,…]; phase times go to a file per case.
bench_case() { # case name, generator, input, runs[, Hugo site built after each run, interleaved]
    local name=$1 gen=$2 input=$3 runs=$4 hugo_site=${5:-} i walls=() dones=() cpus=() rss=() hwalls=() hrss=() hcpus=() phases=$LOGS/$1.phases
    : > "$phases"
    for i in $(seq "$runs"); do
        measure_once "$gen" "$input" "$OUT/site-$name" "$LOGS/$name.$i.log"
        walls+=("$RUN_WALL"); dones+=("$RUN_DONE"); cpus+=("$RUN_CPU"); rss+=("$RUN_RSS_KB")
        # "  render markdown          9.5 ms  …" → phase<TAB>ms
        sed -n 's/^  \([a-z][a-z -]*[a-z]\) *\([0-9][0-9.]*\) ms.*/\1\t\2/p' "$LOGS/$name.$i.log" >> "$phases"
        say "  $name run $i: ${RUN_WALL} ms wall, ${RUN_DONE} ms inside, ${RUN_CPU} ms CPU, $(( RUN_RSS_KB / 1024 )) MiB peak"
        if [[ -n "$hugo_site" ]]; then
            measure_hugo_once "$hugo_site" "$OUT/hugo-site-$name" "$LOGS/$name.hugo.$i.log"
            hwalls+=("$HUGO_WALL"); hrss+=("$HUGO_RSS_KB"); hcpus+=("$HUGO_CPU")
            say "  $name run $i, Hugo: ${HUGO_WALL} ms wall, ${HUGO_CPU} ms CPU, $(( HUGO_RSS_KB / 1024 )) MiB peak, $HUGO_PAGES pages"
        fi
    done
    if [[ -n "$hugo_site" ]]; then
        ROW[$name,hwall]=$(median "${hwalls[@]}")
        ROW[$name,hrss]=$(div "$(max_of "${hrss[@]}")" 1024 "%.0f")
        ROW[$name,hpages]=$HUGO_PAGES
        ROW[$name,hcpu]=$(median "${hcpus[@]}")
        ROW[$name,ratio]=$(div "$(median "${walls[@]}")" "${ROW[$name,hwall]}" "%.2f")
        ROW[$name,cratio]=$(div "$(median "${cpus[@]}")" "${ROW[$name,hcpu]}" "%.2f")
    fi
    ROW[$name,runs]=$runs
    ROW[$name,pages]=$RUN_PAGES
    ROW[$name,wall]=$(median "${walls[@]}")
    ROW[$name,range]="$(min_of "${walls[@]}")–$(max_of "${walls[@]}")"
    ROW[$name,first]=${walls[0]}
    ROW[$name,done]=$(median "${dones[@]}")
    ROW[$name,cpu]=$(median "${cpus[@]}")
    ROW[$name,rss]=$(div "$(max_of "${rss[@]}")" 1024 "%.0f")
    ROW[$name,mspp]=$(div "${ROW[$name,wall]}" "$RUN_PAGES" "%.2f")
    ROW[$name,bpp]=$(div "$RUN_BYTES" "$RUN_PAGES" "%.0f")
    ROW[$name,bytes]=$RUN_BYTES
    PHASE_FILES+=("$name")
}

load1() { cut -d' ' -f1 /proc/loadavg; }
quiet_start=$(now_ms)
while awk -v l="$(load1)" -v q="$QUIET_LOAD" 'BEGIN { exit !(l >= q) }' && (( $(now_ms) - quiet_start < QUIET_WAIT * 1000 )); do
    (( ($(now_ms) - quiet_start) % 10000 < 1000 )) && say "Waiting for the machine to be quieter: load $(load1), want < $QUIET_LOAD"
    sleep 1
done
say "Environment: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) SDK"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

make_corpus() { # pages per language
    local n=$1 hugo_args=()
    ((HUGO)) && hugo_args=(--hugo "$OUT/hugo-corpus-$n")
    timeout -k 5 "$BUILD_TIMEOUT" dotnet "$CORPUSMAKER" --pages "$n" --output "$OUT/corpus-$n" --from "$SNAP/input" "${hugo_args[@]}" > "$LOGS/corpus-$n.make.log" 2>&1 \
        || { cat "$LOGS/corpus-$n.make.log" >&2; die "CorpusMaker --pages $n failed"; }
}
hugo_of() { ((HUGO)) && echo "$OUT/hugo-corpus-$1" || echo ""; }

# The real site's Hugo counterpart: the 20-page/language corpus (40 pages; the real site has 52).
((HUGO)) && make_corpus 20
say "Real site (input/), $RUNS cold builds, Native AOT"
bench_case real "$GEN" "$SNAP/input" "$RUNS" "$(hugo_of 20)"
if [[ "$COMPARE_R2R" == 1 ]]; then
    say "Real site (input/), $RUNS cold builds, ReadyToRun"
    bench_case real-r2r "$OUT/gen-r2r/maalmedmening" "$SNAP/input" "$RUNS"
fi

for n in $SIZES; do
    say "Corpus of $n pages per language"
    make_corpus "$n"
    bench_case "corpus-$n" "$GEN" "$OUT/corpus-$n" "$CORPUS_RUNS" "$(hugo_of "$n")"
done

# ---------------------------------------------------------------------------------------------- serve
# Its own copy of the snapshot, so the server watches nothing anyone else is editing and the snapshot stays as it was.
say "serve: one page changed $EDITS times"
SERVE=$OUT/serve
rm -rf "$SERVE"
mkdir -p "$SERVE/theme"
cp -a "$SNAP/input" "$SERVE/input"
cp -a "$SNAP/theme/assets" "$SERVE/theme/assets"
PAGE=$SERVE/input/da/foreword.md
[[ -f "$PAGE" ]] || PAGE=$(find "$SERVE/input/da" -name '*.md' ! -name '_index.md' | sort | head -n1)

free_port() {
    local port
    for port in $(seq 18080 18180); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "no free port in 18080–18180"
}
PORT=$(free_port)
SERVE_LOG=$LOGS/serve.log
timeout -k 5 "$SERVE_TIMEOUT" "$GEN" serve --input "$SERVE/input" --output "$SERVE/output" --theme "$SERVE/theme" --port "$PORT" \
    > "$SERVE_LOG" 2>&1 &
SERVER_PID=$!

done_count() { grep -c '^Done: ' "$SERVE_LOG" || true; }
# Waits until the log has more than $1 "Done:" lines; prints the ms the wait took.
wait_for_done() {
    local before=$1 start=$(now_ms)
    while (( $(done_count) <= before )); do
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVE_LOG" >&2; die "serve stopped"; }
        grep -q '^Build failed' "$SERVE_LOG" && { cat "$SERVE_LOG" >&2; die "a build in serve failed"; }
        (( $(now_ms) - start < WAIT_TIMEOUT * 1000 )) || { cat "$SERVE_LOG" >&2; die "no build finished in serve within $WAIT_TIMEOUT s"; }
        sleep 0.01
    done
    echo $(( $(now_ms) - start ))
}

wait_for_done 0 > /dev/null
FIRST_SERVE_BUILD=$(sed -n 's/^Done: .*errors, \([0-9]*\) ms$/\1/p' "$SERVE_LOG" | head -n1)
# The server starts listening after the first build; give Kestrel and the watchers a moment.
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.05; done
sleep 0.5
REBUILDS=()
LATENCIES=()
for i in $(seq "$EDITS"); do
    count=$(done_count)
    # The same content plus a trailing newline: a harmless change.
    printf '\n' >> "$PAGE"
    LATENCIES+=("$(wait_for_done "$count")")
    sleep 0.3 # let any second watcher event's build finish before the next change
    REBUILDS+=("$(sed -n 's/^Done: .*errors, \([0-9]*\) ms$/\1/p' "$SERVE_LOG" | sed -n "$(( count + 1 ))p")")
    say "  edit $i: rebuilt in ${REBUILDS[-1]} ms (seen ${LATENCIES[-1]} ms after the write)"
done
TOTAL_SERVE_BUILDS=$(done_count)
cleanup
# Phases of the rebuilds (every build after the first).
awk '/^Done: /{ n++ } n >= 1 && /^  [a-z]/' "$SERVE_LOG" \
    | sed -n 's/^  \([a-z][a-z -]*[a-z]\) *\([0-9][0-9.]*\) ms.*/\1\t\2/p' > "$LOGS/serve-rebuild.phases"

# ---------------------------------------------------------------------------------------------- sizes
SITE=$OUT/site-real
LARGEST=$(find "$SITE" -name '*.html' -printf '%s %P\n' | sort -n | tail -n1 | cut -d' ' -f2-)
LARGEST_RAW=$(wc -c < "$SITE/$LARGEST")
LARGEST_GZ=$(gzip -9 -c "$SITE/$LARGEST" | wc -c)
# The stylesheet's name carries a hash of its content (assets/site.0123456789.css): there is exactly one.
CSS=$(find "$SITE/assets" -maxdepth 1 -regextype posix-extended -regex '.*/site\.[0-9a-f]{10}\.css')
CSS_RAW=$(wc -c < "$CSS")
CSS_GZ=$(gzip -9 -c "$CSS" | wc -c)
# The balance tool's generated CSS, linked only by the tool's page and its embed (assets/tool.0123456789.css).
TOOL_CSS=$(find "$SITE/assets" -maxdepth 1 -regextype posix-extended -regex '.*/tool\.[0-9a-f]{10}\.css' | head -n1)

# ---------------------------------------------------------------------------------------------- report
verdict() { awk -v v="$1" -v lim="$2" 'BEGIN { if (v == "n/a") print "?"; else print (v < lim ? "yes" : "**no**") }'; }
verdict_le() { awk -v v="$1" -v lim="$2" 'BEGIN { if (v == "n/a") print "?"; else print (v <= lim ? "yes" : "**no**") }'; }

REBUILD_MEDIAN=$(median "${REBUILDS[@]}")
LATENCY_MEDIAN=$(median "${LATENCIES[@]}")

echo
echo "## Build benchmark"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- generator theme 2>/dev/null || echo ' + uncommitted changes in generator/ or theme/'),"
echo "$(nproc) CPUs ($(sed -n 's/^model name\t: //p' /proc/cpuinfo | head -n1)), .NET SDK $(dotnet --version), load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Generator: ${GEN#"$ROOT"/} (dotnet publish, Native AOT), run as a whole process on a copy of input/ and theme/assets/ taken right after publishing (bench/out/snapshot/); output folder removed before each run. Each run made twice: bare, timed by bash's clock, for the wall; under /usr/bin/time for CPU, peak RSS and phases (Hugo alike)."
echo
echo "| case | pages (da+en) | runs | wall, median (ms) | wall, min–max (ms) | ms/page | inside build, median (ms) | startup+exit (ms) | CPU user+sys, median (ms) | peak RSS (MiB) | output bytes/page | Hugo $HUGO_VERSION: pages, wall (ms), CPU (ms), peak RSS (MiB) | ratio to Hugo: wall, CPU |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for name in "${PHASE_FILES[@]}"; do
    label=$name
    case $name in
        real) label="real site (input/), Native AOT" ;;
        real-r2r) label="real site (input/), ReadyToRun" ;;
        corpus-*) label="corpus, ${name#corpus-} pages/language" ;;
    esac
    startup=$(awk -v w="${ROW[$name,wall]}" -v d="${ROW[$name,done]}" 'BEGIN { printf "%.0f", w - d }')
    echo "| $label | ${ROW[$name,pages]} | ${ROW[$name,runs]} | ${ROW[$name,wall]} | ${ROW[$name,range]} | ${ROW[$name,mspp]} | ${ROW[$name,done]} | $startup | ${ROW[$name,cpu]} | ${ROW[$name,rss]} | ${ROW[$name,bpp]} | ${ROW[$name,hpages]:+${ROW[$name,hpages]}, ${ROW[$name,hwall]}, ${ROW[$name,hcpu]}, ${ROW[$name,hrss]}} | ${ROW[$name,ratio]:+${ROW[$name,ratio]}×, ${ROW[$name,cratio]}×} |"
done
echo "| serve: first build (in process) | ${ROW[real,pages]} | 1 | | | | $FIRST_SERVE_BUILD | | | | |"
echo "| serve: one page changed, rebuild | ${ROW[real,pages]} | $EDITS | | $(min_of "${REBUILDS[@]}")–$(max_of "${REBUILDS[@]}") | | $REBUILD_MEDIAN (first: ${REBUILDS[0]}) | | | | |"
echo
echo "serve: write → \"Done\" line seen after $LATENCY_MEDIAN ms (median; includes the 50 ms quiet spell and the watcher); $TOTAL_SERVE_BUILDS builds for 1 start + $EDITS edits."
echo
echo "| real site: bytes | raw | gzip -9 |"
echo "| --- | ---: | ---: |"
echo "| largest page ($LARGEST) | $LARGEST_RAW | $LARGEST_GZ |"
echo "| stylesheet (${CSS#"$SITE/"}, minified) | $CSS_RAW | $CSS_GZ |"
echo "| together | $(( LARGEST_RAW + CSS_RAW )) | $(( LARGEST_GZ + CSS_GZ )) |"
if [[ -n "$TOOL_CSS" ]]; then
    echo "| tool stylesheet (${TOOL_CSS#"$SITE/"}, only on the tool's pages) | $(wc -c < "$TOOL_CSS") | $(gzip -9 -c "$TOOL_CSS" | wc -c) |"
fi
echo
echo "### Targets"
echo
echo "| target | measured | met |"
echo "| --- | ---: | :---: |"
if [[ -n "${ROW[real,ratio]:-}" ]]; then
    echo "| real site, native binary ≤ 0.6× Hugo's 40-page wall | ${ROW[real,wall]} ms vs ${ROW[real,hwall]} ms: ${ROW[real,ratio]}× | $(verdict_le "${ROW[real,ratio]}" 0.6) |"
fi
if [[ -n "${ROW[corpus-2000,wall]:-}" ]]; then
    [[ -n "${ROW[corpus-2000,ratio]:-}" ]] && echo "| 2000 pages/language ≤ 0.4× Hugo's wall | ${ROW[corpus-2000,wall]} ms vs ${ROW[corpus-2000,hwall]} ms: ${ROW[corpus-2000,ratio]}× | $(verdict_le "${ROW[corpus-2000,ratio]}" 0.4) |"
    echo "| 2000 pages/language: peak memory ≤ 160 MiB | ${ROW[corpus-2000,rss]} MiB | $(verdict_le "${ROW[corpus-2000,rss]}" 160) |"
fi
echo "| one changed page rebuilt in serve ≤ 50 ms (median \"Done\") | $REBUILD_MEDIAN ms | $(verdict_le "$REBUILD_MEDIAN" 50) |"
echo
echo "### Where the time goes (median ms per phase, from the generator's phase lines)"
echo
header="| phase |"
rule="| --- |"
cases=("${PHASE_FILES[@]}" serve-rebuild)
for name in "${cases[@]}"; do header+=" $name |"; rule+=" ---: |"; done
echo "$header"
echo "$rule"
mapfile -t PHASES < <(cut -f1 "$LOGS/real.phases" | awk '!seen[$0]++')
for phase in "${PHASES[@]}"; do
    line="| $phase |"
    for name in "${cases[@]}"; do
        mapfile -t values < <(awk -F'\t' -v p="$phase" '$1 == p { print $2 }' "$LOGS/$name.phases")
        line+=" $( ((${#values[@]})) && median "${values[@]}" || echo '' ) |"
    done
    echo "$line"
done
line="| (outside the phase lines: "Done" ms − their sum; site files, embeds, 404 pages, stylesheet…) |"
for name in "${cases[@]}"; do
    sum=$(awk -F'\t' '{ s[$1] = s[$1] " " $2 } END { for (p in s) print s[p] }' "$LOGS/$name.phases" \
        | while read -r -a v; do median "${v[@]}"; done | awk '{ s += $1 } END { print s + 0 }')
    if [[ $name == serve-rebuild ]]; then d=$REBUILD_MEDIAN; else d=${ROW[$name,done]}; fi
    line+=" $(awk -v d="$d" -v s="$sum" 'BEGIN { printf "%.1f", d - s }') |"
done
echo "$line"
echo
echo "Logs: bench/out/logs/ (one per run, with /usr/bin/time -v output in *.time)."
