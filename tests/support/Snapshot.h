#pragma once
// With ODOO_DEPLOY_SCREENSHOTS=DIR set, GUI tests save what a page looks like as a PNG
// there, to be looked at by a person.

#include <QDir>
#include <QTest>
#include <QWidget>

namespace odoodeploy::test {

inline void snapshot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("ODOO_DEPLOY_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let pending layout requests settle, as a user would see it
    w.grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
}

} // namespace odoodeploy::test
