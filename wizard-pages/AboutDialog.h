#pragma once
// What this program is: version, the commit it was built from, its licence, and the
// versions of Qt, libssh and QtKeychain it runs with (for a bug report).

#include <QDialog>

namespace odoodeploy {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QString text() const { return m_text; } // what it shows, as plain text

private:
    QString m_text;
};

} // namespace odoodeploy
