#pragma once
// A backup on the server (resources/steps/backup.sh): the database with pg_dump -Fc
// and its filestore as a tar, in a folder named with the time and the running commit,
// the oldest beyond the profile's count removed. Its output names what it wrote.

#include "RemoteStep.h"
#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

namespace odoodeploy::Backup {

constexpr const char *kStepId = "backup";
// The scripts' exit status when they refuse (no room, a damaged or foreign backup):
// nothing was written or changed.
constexpr int kRefusedExitStatus = 3;

// checkOnly: say what it would write and how much room there is; change nothing.
RemoteStep step(const DeploymentProfile &profile, bool checkOnly);

// The backups on the server, oldest first: "<folder> <database> <commit> <size>" lines.
RemoteStep listStep(const DeploymentProfile &profile);

// One line of listStep's output; lines that name no backup folder are left out.
struct Listed {
    QString name;
    QString database; // "?" when the folder does not say
    QString commit;   // the first 12 characters
    QString size;     // as du -h says it
    bool operator==(const Listed &) const = default;
};
QList<Listed> parseList(const QString &output);

// The backup `name` (empty: the newest on the server) over SFTP into
// <localFolder>/<name>/, resumable, its checksums verified (SHA256SUMS).
RemoteStep downloadStep(const DeploymentProfile &profile, const QString &name, const QString &localFolder);

// A backup folder's name as backup.sh makes it (<time>-<commit>): nothing else is
// accepted from a user, so no path can be smuggled in.
bool isBackupName(const QString &name);

// Restore the backup `name` into the profile's database and filestore, the service
// stopped meanwhile (the init system from the facts). otherDatabase: the backup may be
// of a database with another name. checkOnly: say what it would do, change nothing.
// commit (a rollback): the checkout goes back to it too, while the service is stopped.
RemoteStep restoreStep(const DeploymentProfile &profile, const HostFacts &facts, const QString &name, bool otherDatabase,
                       bool checkOnly, const QString &commit = QString());

struct Written {
    QString folder; // on the server
    QString commit; // the running commit, "unknown" without a checkout
    QString size;   // as du -h says it
};
Written parse(const QString &output);

struct Restored {
    QString backup; // the folder restored
    QString kept;   // the database as it was, renamed
};
Restored parseRestore(const QString &output);

} // namespace odoodeploy::Backup
