#pragma once
// What tests/e2e/testhost.sh wrote about the test host it started (STATE_DIR/env).

#include <QFile>
#include <QMap>
#include <QString>

namespace odoodeploy::test {

// Empty when no test host runs (not under the ctest fixture, or not root).
inline QMap<QString, QString> testHostEnv()
{
    QMap<QString, QString> env;
    const QString state = qEnvironmentVariable("ODOO_DEPLOY_TESTHOST");
    QFile file(state + QStringLiteral("/env"));
    if (state.isEmpty() || !file.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (const qsizetype eq = line.indexOf('='); eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    return env;
}

} // namespace odoodeploy::test
