#pragma once
// What a probe found on the server. Generators take it where a file depends on the
// host (the init system, nginx's version); without a probe every field is unknown and
// generators choose the safe form.

#include <QList>
#include <QString>
#include <QStringList>

namespace odoodeploy {

struct HostFacts {
    enum class Init { Unknown, Systemd, Sysvinit };
    Init init = Init::Unknown;
    int cpuCount = 0;        // 0: unknown
    qint64 ramBytes = 0;     // 0: unknown
    QString nginxVersion;    // "1.22.1", empty when unknown or not installed
    QString pythonVersion;   // "3.11.2"
    QString osId;            // "debian", "ubuntu"
    QString osVersion;       // "12", "24.04"
    QString osName;          // "Debian GNU/Linux 12 (bookworm)"
    qint64 diskFreeBytes = 0;        // on the file system of /
    QStringList postgresqlVersions;  // installed server versions, "15"
    bool odooInstalled = false;      // an odoo-bin already in the install folder
    QList<int> listeningPorts;       // TCP ports something listens on
    bool probed = false;
};

// True when a dotted version string is at least major.minor.patch.
bool versionAtLeast(const QString &version, int major, int minor, int patch);

} // namespace odoodeploy
