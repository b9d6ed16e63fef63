#include "HostFacts.h"

#include <QStringList>

namespace odoodeploy {

bool versionAtLeast(const QString &version, int major, int minor, int patch)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    const int wanted[3] = {major, minor, patch};
    for (int i = 0; i < 3; ++i) {
        const int have = i < parts.size() ? parts.at(i).toInt() : 0;
        if (have != wanted[i])
            return have > wanted[i];
    }
    return true;
}

} // namespace odoodeploy
