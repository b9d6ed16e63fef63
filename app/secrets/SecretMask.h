#pragma once
// Every secret value is replaced by a mask before text reaches a log pane, a saved
// log or the terminal.

#include <QString>
#include <QStringList>

namespace odoodeploy {

inline const QString kSecretMask = QStringLiteral("••••••");

inline QString maskSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        if (secret.size() >= 3) // a one- or two-character "secret" would mask half the log
            text.replace(secret, kSecretMask);
    return text;
}

} // namespace odoodeploy
