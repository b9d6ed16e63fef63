# Shared by every deploy step, after the step's values (NAME='value' lines, each
# quoted by odoo-deploy). Nothing a user typed is pasted into this text: it arrives
# only through those variables. Common values: SERVICE, INIT_SYSTEM (systemd or
# sysvinit: the planner decides once), ODOO_USER, STEP_INPUT (yes: standard input
# carries a new file's content, whose SHA-256 is STEP_INPUT_SHA256).

if [ "$STEP_INPUT" = yes ]; then
    INPUT=$(mktemp)
    trap 'rm -f "$INPUT"' EXIT
    cat > "$INPUT"
    # A connection lost while the content was sent leaves part of it: never use that.
    if [ "$(sha256sum < "$INPUT" | cut -d ' ' -f 1)" != "$STEP_INPUT_SHA256" ]; then
        echo "the new content did not arrive whole (was the connection lost?); nothing was changed" >&2
        exit 1
    fi
fi

# A changed configuration asks for a restart of Odoo or a reload of nginx, done by a
# later "running" step, which is otherwise unchanged.
restart_marker="/run/odoo-deploy/$SERVICE.restart"
reload_marker="/run/odoo-deploy/$SERVICE.nginx-reload"
mark_restart() { mkdir -p /run/odoo-deploy && touch "$restart_marker"; }
mark_reload() { mkdir -p /run/odoo-deploy && touch "$reload_marker"; }

as_odoo() { runuser -u "$ODOO_USER" -- "$@"; }
as_postgres() { runuser -u postgres -- "$@"; }

# Copies a file that is about to be replaced to <file>.odoo-deploy-<time>, beside it
# or, given a folder (for folders whose every file is read, such as logrotate.d),
# below that folder under the file's full path.
# Sets backed_up_to to the copy (empty: there was no file). A copy that fails (a full
# disk) is removed again, so that no half copy looks like a backup.
backup_file() { # file [folder]
    backed_up_to=
    if [ -e "$1" ]; then
        copy="${2:+$2}$1.odoo-deploy-$(date +%Y%m%d-%H%M%S)"
        mkdir -p "$(dirname "$copy")"
        if ! cp -a "$1" "$copy"; then
            rm -f "$copy"
            echo "could not back up $1; it is unchanged" >&2
            return 1
        fi
        # shellcheck disable=SC2034 # read by the step that called it
        backed_up_to=$copy
        echo "backed up $1 to $copy"
    fi
}

# nginx -t: its "syntax is ok" goes to standard error even when all is well; here to
# standard output then (the run log shows standard error in red), and to standard
# error only when nginx refuses.
nginx_test() {
    if said=$(nginx -t 2>&1); then
        printf '%s\n' "$said"
    else
        printf '%s\n' "$said" >&2
        return 1
    fi
}

# Every change to nginx's configuration is recorded until nginx -t accepts the whole,
# so that a refused configuration is put back as it was, newest change first. Lines:
# file PATH BACKUP, new PATH, link PATH OLD_TARGET, nolink PATH (tab-separated; our
# paths hold no tabs or newlines).
nginx_undo="/run/odoo-deploy/$SERVICE.nginx-undo"
remember_for_nginx() { # kind, path, [backup or old link target]
    mkdir -p /run/odoo-deploy
    printf '%s\t%s\t%s\n' "$1" "$2" "${3:-}" >>"$nginx_undo"
}
undo_for_nginx() {
    [ -e "$nginx_undo" ] || return 0
    tab=$(printf '\t')
    tac "$nginx_undo" | while IFS=$tab read -r kind path from; do
        case "$kind" in
            file) cp -a "$from" "$path" && echo "put back $path from $from" ;;
            new) rm -f "$path" && echo "removed the new $path" ;;
            link) ln -sfn "$from" "$path" && echo "put back the link $path -> $from" ;;
            nolink) rm -f "$path" && echo "removed the new link $path" ;;
        esac || echo "could not put back $path" >&2
    done
    rm -f "$nginx_undo"
}
nginx_accepted() { rm -f "$nginx_undo"; }

# Runs "$@" every half second while it answers 1 ("not yet"), for at most $1 seconds.
# Returns 0 when it succeeded, 1 when the time ran out, and its own code (2 or more)
# when it gave up.
wait_until() { # seconds, command...
    wait_left=$(($1 * 2))
    shift
    while :; do
        wait_rc=0
        "$@" || wait_rc=$?
        [ "$wait_rc" -eq 1 ] || return "$wait_rc"
        [ "$wait_left" -gt 0 ] || return 1
        wait_left=$((wait_left - 1))
        sleep 0.5
    done
}

# The inodes of the sockets that listen on TCP port $1, one per line. /proc/net/tcp*
# rather than ss or netstat, which a minimal server may lack.
listening_inodes() { # port
    awk -v p="$(printf '%04X' "$1")" \
        'NR > 1 && $4 == "0A" && toupper(substr($2, index($2, ":") + 1)) == p {print $10}' \
        /proc/net/tcp /proc/net/tcp6
}
listening() { [ -n "$(listening_inodes "$1")" ]; }

# nginx's worker processes (children of its master), one pid per line.
nginx_workers() {
    master=$(cat /run/nginx.pid 2>/dev/null) || return 0
    grep -l "^PPid:[[:space:]]*$master\$" /proc/[0-9]*/status 2>/dev/null | cut -d / -f 3 | sort
}
# A reload is asynchronous: nginx runs the new configuration once a worker started by
# the reload is there and every worker from before is gone or shutting down (for a
# moment after the new ones start, the old ones still take connections). A new worker
# that never comes means nginx kept the old configuration (a port it cannot bind, a
# file it cannot read): error.log says why.
nginx_reloaded() { # the workers from before
    nginx_workers | grep -qvxF -e "$1" || return 1
    for pid in $1; do
        case "$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline")" in
            '' | *'shutting down'*) ;;
            *) return 1 ;;
        esac
    done
}
reload_nginx() {
    before=$(nginx_workers)
    service_do reload nginx
    wait_until 10 nginx_reloaded "$before" || {
        echo "nginx kept its previous configuration after the reload." >&2
        return 1
    }
}

# The programs (their /proc/PID/comm) that listen on TCP port $1, one per line: the
# process that holds each listening socket.
listeners_of() { # port
    listening_inodes "$1" |
        while read -r inode; do
            fd=$(find /proc/[0-9]*/fd -lname "socket:\[$inode\]" 2>/dev/null | head -n 1)
            pid=${fd#/proc/}
            pid=${pid%%/*}
            if [ -n "$fd" ]; then cat "/proc/$pid/comm" 2>/dev/null || echo unknown; else echo unknown; fi
        done
}

wait_listening() { # port, seconds
    wait_until "$2" listening "$1" || { echo "nothing listens on port $1" >&2; return 1; }
}

# Odoo answers on the port, or the service died (given 3 s to get going): then what it
# printed says why (the journal under systemd, the console log under SysV) and its
# log's last lines.
listening_while_up() { # port: 0 listening, 1 not yet, 2 the service is down
    listening "$1" && return 0
    service_active "$SERVICE" || return 2
    return 1
}
wait_serving() { # port, seconds, log file, console log
    wait_until 3 listening "$1" && return 0
    wait_until $(($2 - 3)) listening_while_up "$1" && return 0
    echo "$SERVICE does not answer on port $1. What it printed last:" >&2
    if [ "$INIT_SYSTEM" = systemd ]; then
        journalctl -u "$SERVICE" -n 20 --no-pager >&2 2>/dev/null || true
    else
        tail -n 20 "$4" >&2 2>/dev/null || true
    fi
    echo "The last lines of $3:" >&2
    tail -n 20 "$3" >&2 2>/dev/null || true
    return 1
}

# The virtual environment $1 has the requirements of the checkout $2, and a stamp
# saying so; refreshed only when requirements.txt changed.
requirements_current() { cmp -s "$1/.odoo-deploy-requirements" "$2/requirements.txt"; }
install_requirements() {
    as_odoo "$1/bin/pip" install -q -r "$2/requirements.txt"
    cp "$2/requirements.txt" "$1/.odoo-deploy-requirements"
    echo "requirements of $2 installed into $1"
}

# The one place in shell that knows systemd from SysV init.
service_active() {
    if [ "$INIT_SYSTEM" = systemd ]; then systemctl is-active -q "$1"; else service "$1" status >/dev/null 2>&1; fi
}
service_do() { # verb, service
    if [ "$INIT_SYSTEM" = systemd ]; then systemctl "$1" "$2"; else service "$2" "$1"; fi
}
enable_now() { # running now and at boot
    if [ "$INIT_SYSTEM" = systemd ]; then
        systemctl enable --now "$1"
    else
        update-rc.d "$1" defaults >/dev/null
        service "$1" start
    fi
}
enable_and_restart() {
    if [ "$INIT_SYSTEM" = systemd ]; then
        systemctl daemon-reload
        systemctl enable "$1"
        systemctl restart "$1"
    else
        update-rc.d "$1" defaults >/dev/null
        service "$1" restart
    fi
}

# A step defines check (exit 0: already as wanted) and change; verify and preview
# (what would change, in check mode) are optional.
verify() { :; }
preview() { :; }
