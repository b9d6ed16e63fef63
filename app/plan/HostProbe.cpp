#include "HostProbe.h"

#include "base/StepScript.h"
#include "base/DeploymentPaths.h"

#include <QStringList>

namespace odoodeploy {

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
