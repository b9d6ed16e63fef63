#pragma once
// What a probe found on the server. Generators take it where a file depends on the
// host (the init system, nginx's version); without a probe every field is unknown and
// generators choose the safe form.

#include <QString>

namespace odoodeploy {

struct HostFacts {
    enum class Init { Unknown, Systemd, Sysvinit };
    Init init = Init::Unknown;
    int cpuCount = 0;        // 0: unknown
    qint64 ramBytes = 0;     // 0: unknown
    QString nginxVersion;    // "1.22.1", empty when unknown or not installed
    QString pythonVersion;   // "3.11.2"
};

// True when a dotted version string is at least major.minor.patch.
bool versionAtLeast(const QString &version, int major, int minor, int patch);

} // namespace odoodeploy
