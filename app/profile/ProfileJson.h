#pragma once
// Profiles on disk: JSON with a "schema" version. Loading never crashes on bad input;
// it returns a clear message instead (parse error with line and column, wrong type
// with the field's path, a schema newer than this build).

#include "DeploymentProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace odoodeploy {

struct ProfileLoadResult {
    bool ok = false;
    DeploymentProfile profile;
    QString error;        // set when !ok
    QStringList warnings; // unknown keys, ignored
};

class ProfileJson
{
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)
public:
    static QJsonObject toJson(const DeploymentProfile &profile);
    static QByteArray toBytes(const DeploymentProfile &profile);
    static ProfileLoadResult fromBytes(const QByteArray &bytes);

    static ProfileLoadResult load(const QString &path);
    // Writes atomically (QSaveFile): a failed save leaves the old file as it was.
    static bool save(const DeploymentProfile &profile, const QString &path, QString *error);
};

} // namespace odoodeploy
