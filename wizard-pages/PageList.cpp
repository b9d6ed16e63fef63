#include "PageList.h"

#include <QWizard>

namespace odoodeploy {

PageList::PageList(QWizard *wizard, std::function<QList<int>()> deployPath, std::function<QList<int>()> maintainPath)
    : QListWidget(wizard), m_wizard(wizard), m_deployPath(std::move(deployPath)), m_maintainPath(std::move(maintainPath))
{
    setObjectName(QStringLiteral("pageList"));
    setAccessibleName(tr("Steps of the wizard"));
    setFocusPolicy(Qt::NoFocus); // shows where you are; Back and Next move
    setSelectionMode(QAbstractItemView::NoSelection);
    setFrameShape(QFrame::NoFrame);
    setFixedWidth(fontMetrics().averageCharWidth() * 28); // long titles wrap
    setWordWrap(true);
    connect(wizard, &QWizard::currentIdChanged, this, &PageList::refresh);
    refresh();
}

void PageList::refresh()
{
    const int current = m_wizard->currentId();
    // The pages walked to get here (Back takes them off again): the ticked ones.
    const QList<int> visited = m_wizard->visitedIds();
    const QList<int> maintainPath = m_maintainPath();
    const bool maintaining = visited.contains(maintainPath.value(1, -1));
    clear();
    for (int id : maintaining ? maintainPath : m_deployPath()) {
        const QWizardPage *page = m_wizard->page(id);
        if (!page)
            continue;
        const bool isCurrent = id == current;
        const bool done = !isCurrent && visited.contains(id);
        auto *item = new QListWidgetItem((isCurrent ? QStringLiteral("▸ ") : done ? QStringLiteral("✓ ") : QStringLiteral("   "))
                                             + page->title(),
                                         this);
        QFont font = item->font();
        font.setBold(isCurrent);
        item->setFont(font);
        if (!isCurrent && !done) // still ahead; the palette's own colour keeps dark themes readable
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
}

QStringList PageList::rows() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << item(i)->text();
    return out;
}

} // namespace odoodeploy
