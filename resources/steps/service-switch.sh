# The Odoo service SERVICE stopped (RUNNING=no), or started and answering on HTTP_PORT
# (RUNNING=yes): the other app servers of a deployment on several servers, around a
# module upgrade on the first, so that none serves from a database whose modules change
# under it. Already so: says so and changes nothing (exit 100). If it does not come up,
# CONSOLE_LOG (SysV) or the journal, and LOGFILE say why. Runs after lib.sh.
if [ "$RUNNING" = yes ]; then
    if service_active "$SERVICE" && listening "$HTTP_PORT"; then
        echo "$SERVICE is running already"
        exit 100
    fi
    service_do start "$SERVICE"
    wait_serving "$HTTP_PORT" 60 "$LOGFILE" "$CONSOLE_LOG"
    echo "$SERVICE started"
else
    if ! service_active "$SERVICE"; then
        echo "$SERVICE is stopped already"
        exit 100
    fi
    service_do stop "$SERVICE"
    echo "$SERVICE stopped"
fi
