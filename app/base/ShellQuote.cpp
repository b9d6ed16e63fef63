#include "ShellQuote.h"

namespace odoodeploy {

QString shellQuote(const QString &value)
{
    // Plain words stay readable in the preview; anything else is single-quoted.
    // '=' is left out on purpose: a bare first word "A=b" would be an assignment.
    static const QString safe = QStringLiteral(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:,+@%");
    bool plain = !value.isEmpty();
    for (QChar c : value) {
        if (!safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellCommand(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted << shellQuote(w);
    return quoted.join(QLatin1Char(' '));
}

} // namespace odoodeploy
