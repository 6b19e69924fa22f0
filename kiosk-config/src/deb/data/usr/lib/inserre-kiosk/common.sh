# Shared by the InSERRE kiosk's root-owned tools (sourced, POSIX sh). Paths may be moved by the
# INSERRE_KIOSK_* variables (tests do; on a terminal the defaults stand).
#
# The credential file holds one line, "<terminal code> <secret>", readable by root only (0600 in a
# 0700 folder). The secret only ever travels in the X-Inserre-Terminal header, handed to curl on its
# standard input (-H @-), never on a command line where any user could read it in /proc.

KIOSK_ETC=${INSERRE_KIOSK_ETC:-/etc/inserre-kiosk}
KIOSK_STATE=${INSERRE_KIOSK_STATE:-/var/lib/inserre-kiosk}
KIOSK_RUN=${INSERRE_KIOSK_RUN:-/run/inserre-kiosk}
KIOSK_POLICIES=${INSERRE_KIOSK_POLICIES:-/etc/chromium/policies/managed}
KIOSK_LIB=${INSERRE_KIOSK_LIB:-/usr/lib/inserre-kiosk}
KIOSK_USER=inserre-kiosk
CREDENTIAL="$KIOSK_ETC/credential"
SERVER_FILE="$KIOSK_ETC/server"
LAST_ERROR="$KIOSK_STATE/last-error"
CONFIG="$KIOSK_STATE/config.json"

# curl: short timeouts, HTTPS only unless a lab explicitly allows plain HTTP, the system's CAs.
CURL_PROTO='=https'
[ "${INSERRE_KIOSK_ALLOW_HTTP:-0}" = 1 ] && CURL_PROTO='=https,http'

log() { printf '%s\n' "$*" >&2; }
die() { log "$(basename "$0"): $*"; exit 1; }

# Keeps the last error for the next heartbeat: one line, dated, control characters removed, 400 bytes at most.
record_error() {
    mkdir -p "$KIOSK_STATE"
    printf '%s %s' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" | tr -d '\000-\037\177' | head -c 400 > "$LAST_ERROR.tmp"
    mv -f "$LAST_ERROR.tmp" "$LAST_ERROR"
    log "$(basename "$0"): $*"
}

# The server's base address: https://host[:port]/path, no trailing slash, no query, no credentials.
valid_server() {
    printf '%s' "$1" | grep -Eq '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~-]+)*$' || return 1
    case "$1" in
        https://*) return 0 ;;
        http://*) [ "${INSERRE_KIOSK_ALLOW_HTTP:-0}" = 1 ] ;;
    esac
}

# Reads the enrolment into SERVER and TERMINAL_CREDENTIAL; false when the terminal is not enrolled.
read_enrolment() {
    [ -r "$CREDENTIAL" ] && [ -r "$SERVER_FILE" ] || return 1
    SERVER=$(head -n 1 "$SERVER_FILE")
    TERMINAL_CREDENTIAL=$(head -n 1 "$CREDENTIAL")
    valid_server "$SERVER" || return 1
    printf '%s' "$TERMINAL_CREDENTIAL" | grep -Eq '^[A-Z0-9-]{1,32} [A-Za-z0-9_-]{43}$'
}

# POST to the terminal API with the terminal's credential: api_post <path> [json body]; prints the answer.
api_post() {
    if [ $# -ge 2 ]; then
        printf 'X-Inserre-Terminal: %s\n' "$TERMINAL_CREDENTIAL" | curl --silent --show-error --fail-with-body \
            --proto "$CURL_PROTO" --connect-timeout 10 --max-time 20 --max-filesize 65536 -H @- \
            -H 'Content-Type: application/json' --data-binary "$2" "$SERVER/$1"
    else
        printf 'X-Inserre-Terminal: %s\n' "$TERMINAL_CREDENTIAL" | curl --silent --show-error --fail-with-body \
            --proto "$CURL_PROTO" --connect-timeout 10 --max-time 20 --max-filesize 65536 -H @- \
            -X POST "$SERVER/$1"
    fi
}
