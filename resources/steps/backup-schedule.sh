# The scheduled backup on or off. SCHEDULED=yes: under systemd its timer TIMER is
# enabled and waiting (the job, the service UNIT and TIMER are written by file steps
# before; under SysV the cron entry CRON needs nothing more). SCHEDULED=no: the job
# JOB and whichever of UNIT, TIMER and CRON exist are gone, each copied below
# REPLACED first, the timer stopped before.
timer=$(basename "$TIMER")
check() {
    if [ "$SCHEDULED" = no ]; then
        [ ! -e "$JOB" ] && [ ! -e "$UNIT" ] && [ ! -e "$TIMER" ] && [ ! -e "$CRON" ]
    elif [ "$INIT_SYSTEM" = systemd ]; then
        systemctl is-enabled -q "$timer" && systemctl is-active -q "$timer"
    fi
}
change() {
    if [ "$SCHEDULED" = yes ]; then
        systemctl daemon-reload
        systemctl enable --now "$timer"
        systemctl list-timers --no-pager "$timer" | head -n 2
        return
    fi
    if [ -e "$TIMER" ] && [ "$INIT_SYSTEM" = systemd ]; then systemctl disable --now "$timer" || true; fi
    for f in "$JOB" "$UNIT" "$TIMER" "$CRON"; do
        if [ -e "$f" ]; then
            backup_file "$f" "$REPLACED"
            rm -f "$f"
            echo "removed $f"
        fi
    done
    if [ "$INIT_SYSTEM" = systemd ]; then systemctl daemon-reload; fi
}
