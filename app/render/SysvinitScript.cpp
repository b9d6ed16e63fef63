#include "base/DeploymentPaths.h"
#include "Generators.h"
#include "base/ShellQuote.h"

namespace odoodeploy {

QString Generators::sysvinitScript(const DeploymentProfile &p)
{
    const DeploymentPaths paths = DeploymentPaths::of(p);
    QString header = QStringLiteral(
        "#!/bin/sh\n"
        "### BEGIN INIT INFO\n"
        "# Provides:          %1\n"
        "# Required-Start:    $remote_fs $syslog $network postgresql\n"
        "# Required-Stop:     $remote_fs $syslog $network postgresql\n"
        "# Default-Start:     2 3 4 5\n"
        "# Default-Stop:      0 1 6\n"
        "# Short-Description: Odoo %2 (%1)\n"
        "### END INIT INFO\n"
        "# %3 - written by odoo-deploy for servers without systemd.\n"
        "# A redeploy replaces this file (keeping a backup): change the profile instead.\n"
        "\n")
        .arg(p.service.name, p.odoo.version, paths.initScript);

    QString settings = QStringLiteral(
        "PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin\n"
        "NAME=%1\n"
        "DESC=%2\n"
        "RUN_AS=%3\n"
        "PYTHON=%4\n"
        "DAEMON=%5\n"
        "CONFIG=%6\n"
        "PIDFILE=%7\n"
        "CONSOLE_LOG=%8\n"
        "\n")
        .arg(shellQuote(p.service.name), shellQuote(QStringLiteral("Odoo ") + p.odoo.version),
             shellQuote(p.odoo.systemUser), shellQuote(paths.python), shellQuote(paths.odooBin),
             shellQuote(paths.configFile), shellQuote(paths.pidFile))
        .arg(shellQuote(paths.consoleLog));

    // What Odoo prints before its own logging starts (an import error after an update)
    // goes to CONSOLE_LOG rather than nowhere (--background closes standard output). A
    // shell that then becomes Odoo (exec: same pid) opens it as the Odoo user, in that
    // user's folder: root never opens a path that user controls.
    // The process is matched by pid file and user, not by --exec: the venv's python3
    // is a symlink, and the master process forks its workers.
    static const QString body = QStringLiteral(
        "# Starting needs the program and its configuration (LSB exit codes 5 and 6);\n"
        "# stop and status work without them.\n"
        "case \"$1\" in\n"
        "    start|restart|force-reload)\n"
        "        [ -x \"$PYTHON\" ] || { echo \"$PYTHON is missing\" >&2; exit 5; }\n"
        "        [ -r \"$CONFIG\" ] || { echo \"$CONFIG is missing\" >&2; exit 6; }\n"
        "        ;;\n"
        "esac\n"
        "\n"
        "# shellcheck source=/dev/null\n"
        ". /lib/lsb/init-functions\n"
        "\n"
        "do_start() {\n"
        "    # shellcheck disable=SC2016 # the inner shell expands them\n"
        "    start-stop-daemon --start --quiet --pidfile \"$PIDFILE\" --user \"$RUN_AS\" \\\n"
        "        --chuid \"$RUN_AS\" --background --make-pidfile \\\n"
        "        --startas /bin/sh -- -c 'log=$1; shift; exec \"$@\" >>\"$log\" 2>&1' sh \\\n"
        "        \"$CONSOLE_LOG\" \"$PYTHON\" \"$DAEMON\" --config \"$CONFIG\"\n"
        "}\n"
        "\n"
        "do_stop() {\n"
        "    start-stop-daemon --stop --quiet --pidfile \"$PIDFILE\" --user \"$RUN_AS\" \\\n"
        "        --retry=TERM/60/KILL/5 --remove-pidfile\n"
        "}\n"
        "\n"
        "case \"$1\" in\n"
        "    start)\n"
        "        log_daemon_msg \"Starting $DESC\" \"$NAME\"\n"
        "        do_start\n"
        "        case $? in 0|1) log_end_msg 0 ;; *) log_end_msg 1; exit 1 ;; esac\n"
        "        ;;\n"
        "    stop)\n"
        "        log_daemon_msg \"Stopping $DESC\" \"$NAME\"\n"
        "        do_stop\n"
        "        case $? in 0|1) log_end_msg 0 ;; *) log_end_msg 1; exit 1 ;; esac\n"
        "        ;;\n"
        "    restart|force-reload)\n"
        "        log_daemon_msg \"Restarting $DESC\" \"$NAME\"\n"
        "        do_stop\n"
        "        case $? in 0|1) ;; *) log_end_msg 1; exit 1 ;; esac\n"
        "        do_start\n"
        "        case $? in 0) log_end_msg 0 ;; *) log_end_msg 1; exit 1 ;; esac\n"
        "        ;;\n"
        "    status)\n"
        "        status_of_proc -p \"$PIDFILE\" \"$PYTHON\" \"$NAME\" && exit 0 || exit $?\n"
        "        ;;\n"
        "    *)\n"
        "        echo \"Usage: $0 {start|stop|restart|force-reload|status}\" >&2\n"
        "        exit 3\n"
        "        ;;\n"
        "esac\n"
        "exit 0\n");
    return header + settings + body;
}

} // namespace odoodeploy
