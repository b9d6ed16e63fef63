#include "RecentProfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace odoodeploy {

namespace {
const QString kKey = QStringLiteral("recentProfiles");
}

QStringList RecentProfiles::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentProfiles::remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaximum)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

void RecentProfiles::forget(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(path);
    QSettings().setValue(kKey, paths);
}

} // namespace odoodeploy
