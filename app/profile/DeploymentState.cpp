#include "DeploymentState.h"

#include "HostFactsJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace odoodeploy {

const JournalEntry *DeploymentState::last(const QString &operation) const
{
    for (auto it = journal.crbegin(); it != journal.crend(); ++it)
        if (it->operation == operation && it->success)
            return &*it;
    return nullptr;
}

QString DeploymentState::stagingCertificatePin() const
{
    const JournalEntry *made = last(QStringLiteral("staging"));
    return made ? made->details.value(QLatin1String(kStagingPinDetail)).toString() : QString();
}

QString DeploymentState::newestBackup() const
{
    for (auto it = journal.crbegin(); it != journal.crend(); ++it)
        if (const QString folder = it->details.value(QStringLiteral("backup")).toString(); !folder.isEmpty())
            return folder;
    return {};
}

QString StateStore::pathFor(const DeploymentProfile &profile)
{
    // The generic data folder (not the application's), so that every binary of ours,
    // tests included, agrees on it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/odoo-deploy/state/") + profile.keychainId + QStringLiteral(".json");
}

bool StateStore::load(const DeploymentProfile &profile, DeploymentState *state, QString *error)
{
    *state = {};
    QFile file(pathFor(profile));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the deployment state %1: %2.").arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("The deployment state %1 is damaged (%2); it is left as it is.").arg(file.fileName(), parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt() > DeploymentState::kSchemaVersion) {
        *error = tr("The deployment state %1 was written by a newer odoo-deploy.").arg(file.fileName());
        return false;
    }
    const QJsonValue facts = root.value(QStringLiteral("facts"));
    if (facts.isObject())
        hostFactsFromJson(QJsonDocument(facts.toObject()).toJson(), &state->facts, error);
    for (const QJsonValue &v : root.value(QStringLiteral("journal")).toArray()) {
        const QJsonObject o = v.toObject();
        JournalEntry e;
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
        e.operation = o.value(QStringLiteral("operation")).toString();
        e.host = o.value(QStringLiteral("host")).toString();
        e.success = o.value(QStringLiteral("success")).toBool();
        e.details = o.value(QStringLiteral("details")).toObject();
        if (e.time.isValid() && !e.operation.isEmpty())
            state->journal << e;
    }
    return true;
}

bool StateStore::save(const DeploymentProfile &profile, const DeploymentState &state, QString *error)
{
    QJsonArray journal;
    for (const JournalEntry &e : state.journal.mid(std::max<qsizetype>(0, state.journal.size() - DeploymentState::kJournalLimit)))
        journal.append(QJsonObject{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODate)},
                                   {QStringLiteral("operation"), e.operation},
                                   {QStringLiteral("host"), e.host},
                                   {QStringLiteral("success"), e.success},
                                   {QStringLiteral("details"), e.details}});
    QJsonObject root{{QStringLiteral("schema"), DeploymentState::kSchemaVersion},
                     {QStringLiteral("profile"), profile.name},
                     {QStringLiteral("journal"), journal}};
    if (state.facts.probed)
        root.insert(QStringLiteral("facts"), hostFactsToJson(state.facts));
    const QString path = pathFor(profile);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot save the deployment state %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool StateStore::append(const DeploymentProfile &profile, const JournalEntry &entry, QString *error)
{
    DeploymentState state;
    if (!load(profile, &state, error))
        return false;
    state.journal << entry;
    return save(profile, state, error);
}

} // namespace odoodeploy
