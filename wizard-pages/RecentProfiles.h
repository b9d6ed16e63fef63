#pragma once
// The last profiles opened or saved, remembered across runs with QSettings.

#include <QStringList>

namespace odoodeploy {

class RecentProfiles
{
public:
    static constexpr int kMaximum = 8;
    static QStringList list();
    static void remember(const QString &path);
    static void forget(const QString &path);
};

} // namespace odoodeploy
