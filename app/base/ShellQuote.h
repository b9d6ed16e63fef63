#pragma once
// The one way a value reaches a remote POSIX shell: wrapped in single quotes, with
// every embedded single quote written as '\''. Inside single quotes no character is
// special to sh, so no value can end the word, start a command or expand anything.

#include <QString>
#include <QStringList>

namespace odoodeploy {

QString shellQuote(const QString &value);

// Quotes each word and joins them with spaces: one safe command line.
QString shellCommand(const QStringList &words);

} // namespace odoodeploy
