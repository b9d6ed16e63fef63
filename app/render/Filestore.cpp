#include "base/DeploymentPaths.h"
#include "Generators.h"

namespace odoodeploy {

// Debian's glusterfs-server ships only a systemd unit; a files server without systemd
// gets this script so that glusterd (and with it the volume's brick) comes back after
// a reboot. glusterd is a link to glusterfsd and forks: it is matched by its pid file
// and process name, not by --exec.
QString Generators::glusterdSysvinitScript(const DeploymentProfile &p)
{
    const DeploymentPaths paths = DeploymentPaths::of(p);
    return QStringLiteral(
               "#!/bin/sh\n"
               "### BEGIN INIT INFO\n"
               "# Provides:          glusterd\n"
               "# Required-Start:    $local_fs $remote_fs $network\n"
               "# Required-Stop:     $local_fs $remote_fs $network\n"
               "# Default-Start:     2 3 4 5\n"
               "# Default-Stop:      0 1 6\n"
               "# Short-Description: GlusterFS management daemon (the shared filestore)\n"
               "### END INIT INFO\n"
               "# %1 - written by odoo-deploy for servers without systemd.\n"
               "\n"
               "PATH=/sbin:/bin:/usr/sbin:/usr/bin\n"
               "DAEMON=/usr/sbin/glusterd\n"
               "PIDFILE=/run/glusterd.pid\n"
               "\n"
               "# shellcheck disable=SC1091 # Debian's, present on every server\n"
               ". /lib/lsb/init-functions\n"
               "\n"
               "case \"$1\" in\n"
               "start)\n"
               "    [ -x \"$DAEMON\" ] || exit 5\n"
               "    log_daemon_msg \"Starting the GlusterFS management daemon\" glusterd\n"
               "    start-stop-daemon --start --quiet --oknodo --pidfile \"$PIDFILE\" --name glusterd --startas \"$DAEMON\" -- -p \"$PIDFILE\"\n"
               "    log_end_msg $?\n"
               "    ;;\n"
               "stop)\n"
               "    log_daemon_msg \"Stopping the GlusterFS management daemon\" glusterd\n"
               "    start-stop-daemon --stop --quiet --oknodo --retry TERM/10/KILL/5 --pidfile \"$PIDFILE\" --name glusterd\n"
               "    log_end_msg $?\n"
               "    ;;\n"
               "restart | force-reload)\n"
               "    \"$0\" stop && \"$0\" start\n"
               "    ;;\n"
               "status)\n"
               "    status_of_proc -p \"$PIDFILE\" \"$DAEMON\" glusterd\n"
               "    ;;\n"
               "*)\n"
               "    echo \"Usage: $0 {start|stop|restart|force-reload|status}\" >&2\n"
               "    exit 3\n"
               "    ;;\n"
               "esac\n")
        .arg(paths.glusterdInitScript);
}

} // namespace odoodeploy
