#include "StartPage.h"

#include "AboutDialog.h"
#include "DeployWizard.h"
#include "FileDialogs.h"
#include "i18n/Translations.h"
#include "profile/Validation.h"
#include "RecentProfiles.h"
#include "Tones.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace odoodeploy {

StartPage::StartPage(ProfileModel *model, QWidget *parent)
    : ProfilePage(model, {QStringLiteral("name")}, parent)
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("Odoo Deploy turns a fresh Debian or Ubuntu server into a production Odoo "
                   "behind nginx. Name a new deployment, or open a saved profile."));

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("for example: production"));
    form->addRow(tr("Deployment &name:"), m_name);
    contentLayout()->addLayout(form);
    bindField(QStringLiteral("name"), m_name);

    auto *openButton = new QPushButton(tr("&Open profile…"), this);
    openButton->setObjectName(QStringLiteral("openProfileButton"));
    auto *recentLabel = new QLabel(tr("Recent profiles (double-click to open):"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentProfiles"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("openStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_newForm = new QPushButton(tr("Save in the new &form"), this);
    m_newForm->setObjectName(QStringLiteral("saveInNewFormButton"));
    m_newForm->setToolTip(tr("Odoo Deploy versions before schema 2 (several servers) cannot open the profile afterwards."));
    m_newForm->hide();
    auto *healthButton = new QPushButton(tr("Check a deployed server's &health"), this);
    healthButton->setObjectName(QStringLiteral("checkHealthButton"));
    healthButton->setToolTip(tr("Open its profile first; the health page shows its traffic lights."));
    auto *maintainButton = new QPushButton(tr("&Maintain a deployment…"), this);
    maintainButton->setObjectName(QStringLiteral("maintainButton"));
    maintainButton->setToolTip(tr("Open its profile first: back up, update, upgrade modules, roll back or restore."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(openButton);
    buttons->addWidget(healthButton);
    buttons->addWidget(maintainButton);
    auto *aboutButton = new QPushButton(tr("&About…"), this);
    aboutButton->setObjectName(QStringLiteral("aboutButton"));
    buttons->addWidget(aboutButton);
    connect(aboutButton, &QPushButton::clicked, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open(); // window-modal, never a nested event loop
    });
    buttons->addStretch();
    contentLayout()->addLayout(buttons);
    contentLayout()->addWidget(recentLabel);
    contentLayout()->addWidget(m_recent);
    contentLayout()->addWidget(m_status);
    contentLayout()->addWidget(m_newForm, 0, Qt::AlignLeft);
    recentLabel->setBuddy(m_recent);
    // Tab in reading order: the buttons sit above the list they were created around.
    const QList<QWidget *> order{m_name, openButton, healthButton, maintainButton, aboutButton, m_recent, m_newForm};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    addLanguageChoice();

    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit([&](DeploymentProfile &p) { p.name = text; }); });
    connect(openButton, &QPushButton::clicked, this, [this] {
        FileDialogs::instance().askOpenPath(this, tr("Open profile"), tr("Profiles (*.json)"),
                                            [this](const QString &path) {
                                                if (!path.isEmpty())
                                                    openProfile(path);
                                            });
    });
    connect(m_newForm, &QPushButton::clicked, this, &StartPage::saveInNewForm);
    connect(healthButton, &QPushButton::clicked, this, &StartPage::checkHealth);
    connect(maintainButton, &QPushButton::clicked, this, &StartPage::maintain);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openProfile(item->data(Qt::UserRole).toString()); });
    refreshRecent();
}

bool StartPage::openProfile(const QString &path)
{
    QString error;
    if (!model()->open(path, &error)) {
        m_status->setStyleSheet(Tones::textStyle(Tones::Tone::Error, palette()));
        m_status->setText(tr("Could not open the profile; nothing was changed.\n%1").arg(error));
        return false;
    }
    RecentProfiles::remember(path);
    refreshRecent();
    m_status->setStyleSheet(QString());
    const bool oldForm = profile().schema < DeploymentProfile::kSchemaVersion;
    m_status->setText(oldForm ? tr("Opened %1. An earlier Odoo Deploy wrote it (schema %2); it is saved in that form, "
                                   "which that version still opens, until you save it in the new form.")
                                    .arg(QFileInfo(path).fileName())
                                    .arg(profile().schema)
                              : tr("Opened %1.").arg(QFileInfo(path).fileName()));
    m_newForm->setVisible(oldForm);
    return true;
}

bool StartPage::saveInNewForm()
{
    const DeploymentProfile before = profile();
    edit([](DeploymentProfile &p) { p.schema = DeploymentProfile::kSchemaVersion; });
    QString error;
    if (!model()->save(model()->path(), &error)) {
        edit([&before](DeploymentProfile &p) { p.schema = before.schema; }); // as on disk
        m_status->setStyleSheet(Tones::textStyle(Tones::Tone::Error, palette()));
        m_status->setText(tr("Could not save the profile in the new form; it is unchanged.\n%1").arg(error));
        return false;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved %1 in the new form (schema %2).").arg(QFileInfo(model()->path()).fileName()).arg(DeploymentProfile::kSchemaVersion));
    m_newForm->hide();
    return true;
}

bool StartPage::checkHealth()
{
    return jumpTo(profile().topology.spansServers() ? DeployWizard::ServersHealth : DeployWizard::Health);
}

bool StartPage::maintain() { return jumpTo(DeployWizard::Maintain); }

bool StartPage::jumpTo(int page)
{
    const FieldIssues issues = Validation::validate(profile());
    if (!issues.isEmpty()) {
        m_status->setStyleSheet(Tones::textStyle(Tones::Tone::Error, palette()));
        m_status->setText(tr("Open the profile of a deployed server first (this one is incomplete: %1).").arg(issues.first().message));
        return false;
    }
    m_jump = page;
    wizard()->next();
    return true;
}

void StartPage::initializePage()
{
    m_jump = -1;
    ProfilePage::initializePage();
}

int StartPage::nextId() const
{
    if (m_jump >= 0)
        return m_jump;
    return profile().topology.spansServers() ? DeployWizard::Servers : DeployWizard::Server;
}

void StartPage::loadFromProfile()
{
    m_newForm->setVisible(!model()->path().isEmpty() && profile().schema < DeploymentProfile::kSchemaVersion);
    if (m_name->text() != profile().name)
        m_name->setText(profile().name);
}

void StartPage::addLanguageChoice()
{
    auto *languages = new QComboBox(this);
    languages->setObjectName(QStringLiteral("language"));
    const QString system = QLocale::system().nativeLanguageName();
    languages->addItem(system.isEmpty() ? tr("The system's language") : tr("The system's language (%1)").arg(system), QString());
    for (const Translations::Language &language : Translations::available())
        languages->addItem(language.nativeName, language.code);
    languages->setCurrentIndex(qMax(0, languages->findData(Translations::chosen())));
    auto *label = new QLabel(tr("&Language of this window:"), this);
    label->setBuddy(languages);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(languages);
    row->addStretch();
    contentLayout()->addLayout(row);
    connect(languages, &QComboBox::activated, this, [this, languages] {
        const QString code = languages->currentData().toString();
        if (code != Translations::chosen())
            Q_EMIT languageChosen(code);
    });
}

void StartPage::refreshRecent()
{
    m_recent->clear();
    for (const QString &path : RecentProfiles::list()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), path), m_recent);
        item->setData(Qt::UserRole, path);
    }
}

} // namespace odoodeploy
