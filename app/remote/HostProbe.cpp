#include "HostProbe.h"

#include "plan/ShellQuote.h"
#include "render/DeploymentPaths.h"

#include <QStringList>

namespace odoodeploy {

QString HostProbe::script(const DeploymentProfile &profile)
{
    const DeploymentPaths paths = DeploymentPaths::of(profile);
    // Only POSIX sh, awk and /proc: it must work on a minimal server before anything
    // is installed. Ports come from /proc/net/tcp*, so that neither ss nor netstat is needed.
    return QStringLiteral(
               "PATH=\"$PATH:/usr/sbin:/sbin\"\n"
               "if [ -r /etc/os-release ]; then . /etc/os-release; fi\n"
               "echo \"os.id=${ID:-}\"\n"
               "echo \"os.version=${VERSION_ID:-}\"\n"
               "echo \"os.name=${PRETTY_NAME:-}\"\n"
               "if [ -d /run/systemd/system ]; then echo init=systemd; else echo init=sysvinit; fi\n"
               "echo \"cpus=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)\"\n"
               "echo \"mem.kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)\"\n"
               "echo \"disk.free.kb=$(df -Pk / | awk 'NR == 2 {print $4}')\"\n"
               "echo \"python=$(python3 -c 'import platform; print(platform.python_version())' 2>/dev/null)\"\n"
               "echo \"postgresql=$(ls /usr/lib/postgresql 2>/dev/null | tr '\\n' ' ')\"\n"
               "echo \"nginx=$(nginx -v 2>&1 | sed -n 's|.*nginx/\\([0-9.]*\\).*|\\1|p')\"\n"
               "if [ -e %1 ]; then echo odoo=yes; else echo odoo=no; fi\n"
               "ports=\n"
               "for hex in $(awk 'NR > 1 && $4 == \"0A\" {split($2, a, \":\"); print a[2]}' /proc/net/tcp /proc/net/tcp6 2>/dev/null | sort -u); do\n"
               "    ports=\"$ports $(printf '%d' \"0x$hex\")\"\n"
               "done\n"
               "echo \"listening=$ports\"\n")
        .arg(shellQuote(paths.odooBin));
}

HostFacts HostProbe::parse(const QString &output)
{
    HostFacts f;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("os.id"))
            f.osId = value;
        else if (key == QLatin1String("os.version"))
            f.osVersion = value;
        else if (key == QLatin1String("os.name"))
            f.osName = value;
        else if (key == QLatin1String("init"))
            f.init = value == QLatin1String("systemd") ? HostFacts::Init::Systemd : HostFacts::Init::Sysvinit;
        else if (key == QLatin1String("cpus"))
            f.cpuCount = value.toInt();
        else if (key == QLatin1String("mem.kb"))
            f.ramBytes = value.toLongLong() * 1024;
        else if (key == QLatin1String("disk.free.kb"))
            f.diskFreeBytes = value.toLongLong() * 1024;
        else if (key == QLatin1String("python"))
            f.pythonVersion = value;
        else if (key == QLatin1String("postgresql"))
            f.postgresqlVersions = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("nginx"))
            f.nginxVersion = value;
        else if (key == QLatin1String("odoo"))
            f.odooInstalled = value == QLatin1String("yes");
        else if (key == QLatin1String("listening"))
            for (const QString &port : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                f.listeningPorts << port.toInt();
    }
    std::sort(f.listeningPorts.begin(), f.listeningPorts.end());
    f.probed = f.cpuCount > 0;
    return f;
}

} // namespace odoodeploy
