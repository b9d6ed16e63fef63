#pragma once
// A backup on the server (resources/steps/backup.sh): the database with pg_dump -Fc
// and its filestore as a tar, in a folder named with the time and the running commit,
// the oldest beyond the profile's count removed. Its output names what it wrote.

#include "RemoteStep.h"
#include "profile/DeploymentProfile.h"

namespace odoodeploy::Backup {

constexpr const char *kStepId = "backup";
// The script's exit status when the disk has no room (nothing was written).
constexpr int kNoRoomExitStatus = 3;

// checkOnly: say what it would write and how much room there is; change nothing.
RemoteStep step(const DeploymentProfile &profile, bool checkOnly);

struct Written {
    QString folder; // on the server
    QString commit; // the running commit, "unknown" without a checkout
    QString size;   // as du -h says it
};
Written parse(const QString &output);

} // namespace odoodeploy::Backup
