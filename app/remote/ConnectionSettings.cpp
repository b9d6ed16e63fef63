#include "ConnectionSettings.h"

#include <QDir>

namespace odoodeploy {

QString ConnectionSettings::knownHostsName() const
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

ConnectionSettings ConnectionSettings::fromProfile(const DeploymentProfile &p)
{
    ConnectionSettings s;
    s.host = p.server.host;
    s.port = p.server.port;
    s.user = p.server.user;
    s.auth = p.server.auth;
    s.keyFile = p.server.keyFile;
    if (s.keyFile.startsWith(QLatin1String("~/")))
        s.keyFile = QDir::homePath() + s.keyFile.mid(1);
    s.jumpHost = p.server.jumpHost;
    s.connectTimeoutSec = p.server.connectTimeoutSec;
    // QDir::homePath() follows $HOME (libssh itself asks getpwuid): tests rely on it.
    s.sshDir = QDir::homePath() + QStringLiteral("/.ssh");
    return s;
}

} // namespace odoodeploy
