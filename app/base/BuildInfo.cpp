#include "BuildInfo.h"

#include <libssh/libssh.h>

extern const char *odooDeployBuildCommit; // generated at build time (cmake/BuildCommit.cmake)

namespace odoodeploy::BuildInfo {

QString version() { return QStringLiteral(ODOO_DEPLOY_VERSION); }
QString commit() { return QString::fromLatin1(odooDeployBuildCommit); }
QString qtVersion() { return QString::fromLatin1(qVersion()); }
QString libsshVersion() { return QString::fromLatin1(ssh_version(0)); }
QString keychainVersion() { return QStringLiteral(ODOO_DEPLOY_KEYCHAIN_VERSION); }
QString licence() { return QStringLiteral("GPL-3.0-or-later"); }

} // namespace odoodeploy::BuildInfo
