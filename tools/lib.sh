# SPDX-License-Identifier: GPL-2.0-or-later
# Shared by the tools/ scripts: where things live, and small helpers.

STASIS_CHECKOUT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STASIS_CACHE_DIR=${STASIS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/stasis}
# Sandbox engines keep their state and socket here; the folder has the same
# path inside the build environment and on the host.
STASIS_SANDBOX_DIR=$STASIS_CACHE_DIR/sandbox
export STASIS_CACHE_DIR

say() {
    echo "${0##*/}: $*" >&2
}

require_root() {
    if [[ $(id -u) -ne 0 ]]; then
        echo "${0##*/}: root is needed $1; run it as root (sudo)" >&2
        exit 1
    fi
}

# Names of the sandbox engines whose dockerd is alive.
running_sandboxes() {
    local pidfile
    for pidfile in "$STASIS_SANDBOX_DIR"/*/dockerd.pid; do
        [[ -f $pidfile ]] || continue
        if kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            basename "$(dirname "$pidfile")"
        fi
    done
}

# Configures and builds the checkout into build/ inside the build environment.
stasis_build() {
    "$STASIS_CHECKOUT/tools/env" true # prepares the environment on first use
    (
        cd "$STASIS_CHECKOUT"
        "$STASIS_CHECKOUT/tools/env" cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTASIS_WARNINGS_AS_ERRORS=ON >/dev/null
        "$STASIS_CHECKOUT/tools/env" cmake --build build
    )
}
