#include "AboutDialog.h"

#include "base/BuildInfo.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace odoodeploy {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Odoo Deploy"));
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/odoo-deploy.svg")).pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    m_text = tr("Odoo Deploy %1 (commit %2)\n"
                "Turns a fresh Debian or Ubuntu server into a production Odoo instance over SSH.\n\n"
                "Licence: %3\n\n"
                "Qt %4\nlibssh %5\nQtKeychain %6")
                 .arg(BuildInfo::version(), BuildInfo::commit(), BuildInfo::licence(), BuildInfo::qtVersion(),
                      BuildInfo::libsshVersion(), BuildInfo::keychainVersion());
    auto *text = new QLabel(m_text, this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse); // to paste into a bug report
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace odoodeploy
