#pragma once
// What the tool learned and did, apart from what the user wants (the profile): the
// server's facts from the last probe and a journal of the operations that changed
// it (when, which, whether it worked, and details such as the backup written and the
// commit that ran). Rollback and restore read the journal. It lives in the user's
// data folder ($XDG_DATA_HOME/odoo-deploy/state/<keychainId>.json, by default
// ~/.local/share/...), keyed by the profile's keychain id, so a profile can be kept in
// version control without it. It holds no secret.

#include "HostFacts.h"
#include "DeploymentProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace odoodeploy {

struct JournalEntry {
    QDateTime time;        // UTC
    QString operation;     // the operation's id: "deploy", "backup", …
    QString host;
    bool success = false;
    QJsonObject details;   // e.g. {"backup": "/var/backups/…", "commit": "…"}
};

struct DeploymentState {
    static constexpr int kSchemaVersion = 1;
    // The journal keeps this many entries, the newest.
    static constexpr int kJournalLimit = 1000;
    HostFacts facts;
    QList<JournalEntry> journal;

    // The newest successful entry of an operation, or nullptr.
    const JournalEntry *last(const QString &operation) const;
    // The fingerprint of a self-signed staging copy's own certificate (on its own name),
    // as the newest staging run recorded it, or empty.
    static constexpr const char *kStagingPinDetail = "certificatePin";
    QString stagingCertificatePin() const;
    // The newest backup folder on the server the journal knows of (written by a
    // backup, an update or an upgrade), or empty.
    QString newestBackup() const;
};

class StateStore
{
    Q_DECLARE_TR_FUNCTIONS(StateStore)
public:
    static QString pathFor(const DeploymentProfile &profile);
    // A missing file is an empty state, not an error.
    static bool load(const DeploymentProfile &profile, DeploymentState *state, QString *error);
    static bool save(const DeploymentProfile &profile, const DeploymentState &state, QString *error);
    // Load, add, save (atomically).
    static bool append(const DeploymentProfile &profile, const JournalEntry &entry, QString *error);
};

} // namespace odoodeploy
