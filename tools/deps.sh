#!/bin/sh
# deps.sh -- install the Debian packages growthcheck needs, if any is missing.
# Checks first and prints what it installs; on a system without apt it prints
# the list and stops, since we cannot guess another package manager's names.
set -eu
PACKAGES="pkg-config libgsl-dev libcjson-dev libcmocka-dev gnuplot-nox fonts-noto-cjk python3 valgrind man-db"
# chromium: the review page's tests open it in a real headless browser.
PACKAGES="$PACKAGES chromium"
# clang and its runtime give the libFuzzer targets (make fuzz); optional for
# the build, so they are installed only when GC_FUZZ_DEPS=1.
if [ "${GC_FUZZ_DEPS:-0}" = 1 ]; then
    PACKAGES="$PACKAGES clang libclang-rt-14-dev"
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
if [ -z "$missing" ]; then
    echo "deps: all packages present ($PACKAGES)"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "deps: missing packages:$missing" >&2
    echo "deps: this system has no apt-get; install the equivalents of those Debian packages by hand, then run make again" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=sudo
    else
        echo "deps: missing packages:$missing; run as root or install sudo" >&2
        exit 1
    fi
fi
echo "deps: installing:$missing"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
