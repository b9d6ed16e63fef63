#pragma once

#include <QFile>

namespace odoodeploy::test {

// This process's resident memory in KiB (VmRSS of /proc/self/status), 0 if unknown.
inline qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

} // namespace odoodeploy::test
