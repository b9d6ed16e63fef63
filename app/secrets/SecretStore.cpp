#include "SecretStore.h"

namespace odoodeploy {

QString SecretStore::keyFor(const QString &keychainId, SecretKind kind)
{
    static const char *names[] = {"ssh-password", "key-passphrase", "sudo-password", "master-password", "database-password"};
    return QStringLiteral("odoo-deploy/%1/%2").arg(keychainId, QLatin1String(names[int(kind)]));
}

} // namespace odoodeploy
