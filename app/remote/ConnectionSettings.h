#pragma once
// Everything needed to open an SSH connection, resolved from a profile. Secrets are
// not part of it: they come separately, per connection attempt (Credentials).

#include "profile/DeploymentProfile.h"

#include <QString>

namespace odoodeploy {

struct ConnectionSettings {
    QString host;
    int port = 22;
    QString user;
    AuthMethod auth = AuthMethod::Agent;
    QString keyFile;        // "~/" expanded
    QString jumpHost;       // [user@]host[:port], run through the ssh binary
    int connectTimeoutSec = 15;
    QString sshDir;         // ~/.ssh: known_hosts, config and default identities

    QString knownHostsFile() const { return sshDir + QStringLiteral("/known_hosts"); }
    QString configFile() const { return sshDir + QStringLiteral("/config"); }
    // known_hosts names hosts on other ports "[host]:port".
    QString knownHostsName() const;

    static ConnectionSettings fromProfile(const DeploymentProfile &profile);
};

struct Credentials {
    QString password;       // SSH password / keyboard-interactive answer
    QString keyPassphrase;
    QString sudoPassword;   // sent on standard input, never on a command line
    // The Odoo role's password on the database server of several (the keychain's):
    // filled into the steps' standard input, masked in their output like the others.
    QString databasePassword;
};

} // namespace odoodeploy
