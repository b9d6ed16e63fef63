#include "HostProbe.h"

#include "base/StepScript.h"
#include "base/DeploymentPaths.h"

#include <QStringList>

namespace odoodeploy {

namespace {

constexpr qint64 kMaxKiB = qint64(1) << 40; // 1 PiB: far beyond any server, far from overflow

// A count the server printed: a plain number from 0 to max, else 0 ("unknown"). The
// server is not trusted to print sense (negative CPUs were found by fuzz_remote_output).
qint64 count(const QString &value, qint64 max)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 0 && n <= max ? n : 0;
}

} // namespace

QString HostProbe::script(const DeploymentProfile &profile)
{
    return StepScript::compose(QStringLiteral("probe"), {{QStringLiteral("ODOO_BIN"), DeploymentPaths::of(profile).odooBin}});
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
            f.cpuCount = int(count(value, 65536));
        else if (key == QLatin1String("mem.kb"))
            f.ramBytes = count(value, kMaxKiB) * 1024;
        else if (key == QLatin1String("disk.free.kb"))
            f.diskFreeBytes = count(value, kMaxKiB) * 1024;
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
                if (const qint64 number = count(port, 65535); number > 0)
                    f.listeningPorts << int(number);
    }
    std::sort(f.listeningPorts.begin(), f.listeningPorts.end());
    f.probed = f.cpuCount > 0;
    return f;
}

} // namespace odoodeploy
