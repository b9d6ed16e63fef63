#pragma once
// The wizard's pages listed at its side, as desktop installers show them: the pages of
// the path being walked (a new deployment, or maintenance of one), the finished ones
// ticked and the current one marked — in the text, not only in colour.

#include <QListWidget>
#include <functional>

class QWizard;

namespace odoodeploy {

class PageList : public QListWidget
{
    Q_OBJECT
public:
    // deployPath, maintainPath: page ids in order; the maintenance path is shown once its
    // second page (Maintain) was walked to, else the deployment's.
    // The paths are asked each time: one server or several take different pages.
    PageList(QWizard *wizard, std::function<QList<int>()> deployPath, std::function<QList<int>()> maintainPath);

    // Each row's text as shown ("✓ Server", "▸ Odoo", "Preview"), for tests and screen readers.
    QStringList rows() const;

private:
    void refresh();

    QWizard *m_wizard;
    std::function<QList<int>()> m_deployPath;
    std::function<QList<int>()> m_maintainPath;
};

} // namespace odoodeploy
