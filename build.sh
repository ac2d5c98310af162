#!/usr/bin/env bash
# Runs the generator as a native binary: ./build.sh [build|serve|pdf] [options]   (no command = build)
# ./build.sh publish only publishes the binary (when the sources changed) and runs nothing.
#
# The first run publishes the generator with Native AOT into .build/ (git-ignored; a minute or two); later runs
# start the binary straight away (well under a second for the whole site) and publish again only when a file
# under generator/ or theme/, or the build settings (Directory.*.props, this script) changed: a hash of those
# files is the stamp. `pdf` drives Chromium through Playwright, which needs the JIT runtime: the native binary
# hands that command to a plain (JIT) publish next to it, made here the first time `pdf` is asked for.
# Native AOT needs a C toolchain (clang or gcc, zlib); on Debian/Ubuntu a missing one is installed with apt-get.
# If Native AOT cannot be used at all, the script says so and uses a ReadyToRun publish instead (slower start); code
# that does not compile is reported (the compiler's error lines) and the previous binary is kept.
# `serve` runs in a loop: when a template or generator file changes, serve publishes again with `./build.sh publish`
# (it keeps serving meanwhile) and, once that succeeded, exits with code 4; the loop then starts the new binary with
# the same arguments. Any other exit code ends the script with that code.
# `dotnet run --project generator -c Release -- build` keeps working and never touches .build/.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=$repo/.build
native=$cache/native
binary=$native/maalmedmening

say() { printf 'build.sh: %s\n' "$*" >&2; }

# The stamp: every source file the binary is made of, by content (sorted paths, so the hash is stable); the
# developer's guide (generator/README.md) is not part of the binary.
stamp() {
    (cd "$repo" && find generator theme Directory.Build.props Directory.Packages.props build.sh \
        \( -name bin -o -name obj \) -prune -o -type f ! -name '*.md' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-64)
}

rid() {
    local os arch
    case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) say "unsupported system $(uname -s)"; exit 3 ;; esac
    case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) say "unsupported machine $(uname -m)"; exit 3 ;; esac
    echo "$os-$arch"
}

# Native AOT links with clang, or gcc when there is no clang, and needs zlib's headers.
ensure_toolchain() {
    [[ "$(uname -s)" == Linux ]] || return 0
    local need=()
    command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || need+=(clang)
    [[ -e /usr/include/zlib.h ]] || need+=(zlib1g-dev)
    ((${#need[@]})) || return 0
    command -v apt-get >/dev/null 2>&1 || { say "Native AOT needs ${need[*]}; install them with your package manager"; return 1; }
    say "Installing ${need[*]} with apt-get (Native AOT needs a C toolchain)…"
    local sudo_cmd=""
    [[ "$(id -u)" -eq 0 ]] || sudo_cmd=sudo
    $sudo_cmd apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

# Publishes into a fresh folder and swaps it in only when the publish succeeded, so a failed publish leaves the
# previous binary as it was.
publish() { # folder, stamp, dotnet publish arguments...
    local folder=$1 want=$2; shift 2
    local log=$cache/publish.log
    rm -rf "$folder.new"
    if ! dotnet publish "$repo/generator/Generator.csproj" -c Release -o "$folder.new" \
        --artifacts-path "$cache/artifacts" -nologo -v quiet "$@" > "$log" 2>&1; then
        rm -rf "$folder.new"
        return 1
    fi
    printf '%s\n' "$want" > "$folder.new/.stamp"
    # The intermediate build (obj/bin under artifacts, about 370 MB) is only needed while publishing: removed, so
    # .build/ holds the published programs alone.
    rm -rf "$cache/artifacts"
    rm -rf "$folder"
    mv "$folder.new" "$folder"
}

# The compiler's error lines in the publish log: code that does not compile fails every kind of publish alike.
compile_errors() { grep -E ': error (CS|RZ)[0-9]+' "$cache/publish.log" | sed 's/ \[[^]]*\]$//' | sort -u; }

# Publishes the native binary when the sources changed since it was published; returns 1 when they do not compile.
publish_native() {
    mkdir -p "$cache"
    exec 9> "$cache/lock"
    command -v flock >/dev/null 2>&1 && flock 9 # one publish at a time when two runs start together

    want=$(stamp)
    if [[ ! -x "$binary" || "$(cat "$native/.stamp" 2>/dev/null)" != "$want" ]]; then
        [[ -x "$binary" ]] && say "generator/ or theme/ changed: publishing the native binary again (about a minute)…" \
            || say "First run: publishing the generator as a native binary into .build/ (about a minute, once)…"
        if ensure_toolchain && publish "$native" "$want" -r "$(rid)" -p:PublishAot=true; then
            # The native binary hands pdf to the JIT publish (jit/, with its own Playwright driver): the driver copied
            # here (about 135 MB) and the debug symbols (about 33 MB) are never used.
            rm -rf "$native/.playwright" "$native/maalmedmening.dbg"
            say "Published .build/native/maalmedmening"
        elif [[ -n "$(compile_errors)" ]]; then
            compile_errors >&2
            say "the generator does not compile (see above; the whole log: .build/publish.log); the previous binary is kept"
            exec 9>&-
            return 1
        else
            say "Native AOT publish failed (see .build/publish.log); using a ReadyToRun publish instead, which starts slower"
            publish "$native" "$want" -r "$(rid)" --self-contained false -p:PublishReadyToRun=true \
                || { cat "$cache/publish.log" >&2; say "dotnet publish failed"; exit 3; }
        fi
    fi
    exec 9>&-
}

if [[ "${1:-}" == publish ]]; then
    publish_native || exit 3
    exit 0
fi

publish_native || exit 3

# pdf: the JIT publish the native binary hands the command to (see Cli/JitHandOff.cs).
if [[ "${1:-}" == pdf && "$(cat "$native/jit/.stamp" 2>/dev/null)" != "$want" ]]; then
    exec 9> "$cache/lock"
    command -v flock >/dev/null 2>&1 && flock 9
    say "First pdf: publishing the generator for the JIT runtime into .build/native/jit/ (Playwright needs it)…"
    publish "$native/jit" "$want" || { cat "$cache/publish.log" >&2; say "dotnet publish failed"; exit 3; }
    exec 9>&-
fi

(($#)) || set -- build
[[ "$1" == serve ]] || exec "$binary" "$@"

# serve: how to publish again and which folders hold the program's code (see generator/Serving/Republisher.cs).
export GENERATOR_REPUBLISH="$(printf '%q' "$repo/build.sh") publish"
export GENERATOR_SOURCES="$repo/generator:$repo/theme"
while true; do
    code=0
    "$binary" "$@" || code=$?
    ((code == 4)) || exit "$code"
    say "serve: starting the republished generator with the same arguments"
    # Published by serve a moment ago; this publishes only what changed since (a save during the last seconds); if that
    # does not compile, the binary serve published is started, and its preview says what to fix on the next save.
    publish_native || say "serve: starting the binary published before"
done
