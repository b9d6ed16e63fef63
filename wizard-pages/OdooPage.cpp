#include "OdooPage.h"

#include "profile/MasterPasswordHash.h"
#include "profile/OdooVersions.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QThread>

namespace odoodeploy {

OdooPage::OdooPage(ProfileModel *model, QWidget *parent)
    : ProfilePage(model, {QStringLiteral("odoo.")}, parent)
{
    setTitle(tr("Odoo"));
    setSubTitle(tr("The Odoo release, where its source comes from, and the database it serves."));

    auto *form = new QFormLayout;
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("odooVersion"));
    for (const auto &t : OdooVersions::all())
        m_version->addItem(tr("Odoo %1 (Python 3.%2–3.%3)").arg(t.version).arg(t.python.minMinor).arg(t.python.maxMinor), t.version);
    m_gitUrl = new QLineEdit(this);
    m_gitUrl->setObjectName(QStringLiteral("gitUrl"));
    m_branch = new QLineEdit(this);
    m_branch->setObjectName(QStringLiteral("gitBranch"));
    m_installDir = new QLineEdit(this);
    m_installDir->setObjectName(QStringLiteral("installDir"));
    m_systemUser = new QLineEdit(this);
    m_systemUser->setObjectName(QStringLiteral("systemUser"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_dbFilter = new QLineEdit(this);
    m_dbFilter->setObjectName(QStringLiteral("dbFilter"));
    m_wkhtmltopdf = new QLineEdit(this);
    m_wkhtmltopdf->setObjectName(QStringLiteral("wkhtmltopdfDeb"));
    m_wkhtmltopdf->setPlaceholderText(tr("empty: Debian's wkhtmltopdf; or the URL of an upstream .deb"));
    m_demo = new QCheckBox(tr("Load demonstration data (never on a production database)"), this);
    m_demo->setObjectName(QStringLiteral("demoData"));
    m_httpPort = new QSpinBox(this);
    m_httpPort->setObjectName(QStringLiteral("httpPort"));
    m_httpPort->setRange(0, 65535);
    m_realtimePort = new QSpinBox(this);
    m_realtimePort->setObjectName(QStringLiteral("realtimePort"));
    m_realtimePort->setRange(0, 65535);
    auto *ports = new QHBoxLayout;
    ports->addWidget(m_httpPort);
    auto *realtimeLabel = new QLabel(tr("long polling / websocket:"), this);
    realtimeLabel->setBuddy(m_realtimePort);
    ports->addWidget(realtimeLabel);
    ports->addWidget(m_realtimePort);

    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("Git &URL:"), m_gitUrl);
    form->addRow(tr("&Branch or tag:"), m_branch);
    form->addRow(tr("&Install folder:"), m_installDir);
    form->addRow(tr("System &user:"), m_systemUser);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Database &filter:"), m_dbFilter);
    form->addRow(tr("&wkhtmltopdf:"), m_wkhtmltopdf);
    form->addRow(QString(), m_demo);
    auto *portsLabel = new QLabel(tr("Local &ports:"), this);
    portsLabel->setBuddy(m_httpPort); // a layout row has no buddy of its own
    form->addRow(portsLabel, ports);
    contentLayout()->addLayout(form);

    auto *master = new QGroupBox(tr("Master password (database manager)"), this);
    auto *masterLayout = new QVBoxLayout(master);
    m_managerOff = new QRadioButton(tr("Disable the database manager (recommended): nobody knows the password"), master);
    m_managerOff->setObjectName(QStringLiteral("managerDisabled"));
    m_managerOn = new QRadioButton(tr("Keep the database manager, with a generated strong password"), master);
    m_managerOn->setObjectName(QStringLiteral("managerGenerated"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_managerOff);
    group->addButton(m_managerOn);
    auto *row = new QHBoxLayout;
    m_generate = new QPushButton(tr("&Generate new"), master);
    m_generate->setObjectName(QStringLiteral("generateMasterPassword"));
    m_password = new QLineEdit(master);
    m_password->setObjectName(QStringLiteral("masterPassword"));
    m_password->setReadOnly(true);
    m_password->setAccessibleName(tr("Master password"));
    m_password->setPlaceholderText(tr("shown once, right after generating"));
    auto *copy = new QPushButton(tr("Copy"), master);
    row->addWidget(m_generate);
    row->addWidget(m_password, 1);
    row->addWidget(copy);
    m_passwordNote = new QLabel(master);
    m_passwordNote->setWordWrap(true);
    masterLayout->addWidget(m_managerOff);
    masterLayout->addWidget(m_managerOn);
    masterLayout->addLayout(row);
    masterLayout->addWidget(m_passwordNote);
    contentLayout()->addWidget(master);

    bindField(QStringLiteral("odoo.version"), m_version);
    bindField(QStringLiteral("odoo.gitUrl"), m_gitUrl);
    bindField(QStringLiteral("odoo.branch"), m_branch);
    bindField(QStringLiteral("odoo.installDir"), m_installDir);
    bindField(QStringLiteral("odoo.systemUser"), m_systemUser);
    bindField(QStringLiteral("odoo.database"), m_database);
    bindField(QStringLiteral("odoo.dbFilter"), m_dbFilter);
    bindField(QStringLiteral("odoo.wkhtmltopdfDeb"), m_wkhtmltopdf);
    bindField(QStringLiteral("odoo.httpPort"), m_httpPort);
    bindField(QStringLiteral("odoo.longpollingPort"), m_realtimePort);
    bindField(QStringLiteral("odoo.masterPassword.hash"), m_password);

    connect(m_version, &QComboBox::currentIndexChanged, this, [this] {
        const QString v = m_version->currentData().toString();
        m_branch->setPlaceholderText(v);
        edit([&](DeploymentProfile &p) { p.odoo.version = v; });
    });
    connect(m_gitUrl, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.odoo.gitUrl = v.trimmed(); }); });
    connect(m_branch, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.odoo.branch = v.trimmed(); }); });
    connect(m_installDir, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.odoo.installDir = v.trimmed(); }); });
    connect(m_systemUser, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.odoo.systemUser = v.trimmed(); }); });
    connect(m_database, &QLineEdit::textEdited, this, [this](const QString &v) {
        m_dbFilter->setPlaceholderText(QStringLiteral("^%1$").arg(v));
        edit([&](DeploymentProfile &p) { p.odoo.database = v; });
    });
    connect(m_wkhtmltopdf, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.odoo.wkhtmltopdfDeb = v.trimmed(); }); });
    connect(m_dbFilter, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.odoo.dbFilter = v; }); });
    connect(m_demo, &QCheckBox::toggled, this, [this](bool on) { edit([&](DeploymentProfile &p) { p.odoo.demoData = on; }); });
    connect(m_httpPort, &QSpinBox::valueChanged, this, [this](int v) { edit([&](DeploymentProfile &p) { p.odoo.httpPort = v; }); });
    connect(m_realtimePort, &QSpinBox::valueChanged, this, [this](int v) { edit([&](DeploymentProfile &p) { p.odoo.longpollingPort = v; }); });
    connect(m_managerOn, &QRadioButton::toggled, this, [this](bool on) {
        edit([&](DeploymentProfile &p) {
            p.odoo.masterPassword.mode = on ? MasterPasswordMode::Generated : MasterPasswordMode::Disabled;
        });
        applyMasterPasswordMode();
    });
    connect(m_generate, &QPushButton::clicked, this, &OdooPage::generateMasterPassword);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (!m_password->text().isEmpty())
            QApplication::clipboard()->setText(m_password->text());
    });
}

OdooPage::~OdooPage()
{
    if (m_hashing)
        m_hashing->wait(); // hashing takes about a second and touches no widget
}

void OdooPage::generateMasterPassword()
{
    if (m_hashing)
        return;
    const QString password = MasterPasswordHash::generatePassword();
    auto result = std::make_shared<QString>();
    m_hashing = QThread::create([password, result] { *result = MasterPasswordHash::hash(password); });
    m_hashing->setParent(this);
    m_generate->setEnabled(false);
    m_passwordNote->setText(tr("Hashing the new password…"));
    connect(m_hashing, &QThread::finished, this, [this, password, result] {
        m_hashing->deleteLater();
        m_hashing = nullptr;
        m_generate->setEnabled(true);
        const bool shown = profile().odoo.masterPassword.mode == MasterPasswordMode::Generated;
        m_password->setText(shown ? password : QString());
        edit([&](DeploymentProfile &p) { p.odoo.masterPassword.hash = *result; });
        applyMasterPasswordMode();
        if (shown)
            m_passwordNote->setText(tr("Write this password down or keep it in your password manager now: "
                                       "only its hash is saved, and it is not shown again."));
    });
    m_hashing->start();
}

void OdooPage::applyMasterPasswordMode()
{
    const bool generated = profile().odoo.masterPassword.mode == MasterPasswordMode::Generated;
    m_generate->setText(generated ? tr("&Generate new") : tr("&Generate new (kept secret)"));
    if (!generated)
        m_password->clear();
    if (!m_hashing && m_password->text().isEmpty())
        m_passwordNote->setText(profile().odoo.masterPassword.hash.isEmpty()
                                    ? tr("No master password yet: press Generate.")
                                    : tr("A master password hash is set."));
}

void OdooPage::loadFromProfile()
{
    const QSignalBlocker b1(m_version), b2(m_demo), b3(m_httpPort), b4(m_realtimePort),
        b5(m_managerOn), b6(m_managerOff);
    const auto &o = profile().odoo;
    const int versionIndex = m_version->findData(o.version);
    m_version->setCurrentIndex(versionIndex);
    m_gitUrl->setText(o.gitUrl);
    m_branch->setText(o.branch);
    m_branch->setPlaceholderText(o.version);
    m_installDir->setText(o.installDir);
    m_systemUser->setText(o.systemUser);
    m_database->setText(o.database);
    m_dbFilter->setText(o.dbFilter);
    m_wkhtmltopdf->setText(o.wkhtmltopdfDeb);
    m_dbFilter->setPlaceholderText(QStringLiteral("^%1$").arg(o.database));
    m_demo->setChecked(o.demoData);
    m_httpPort->setValue(o.httpPort);
    m_realtimePort->setValue(o.longpollingPort);
    m_managerOn->setChecked(o.masterPassword.mode == MasterPasswordMode::Generated);
    m_managerOff->setChecked(o.masterPassword.mode == MasterPasswordMode::Disabled);
    m_password->clear();
    applyMasterPasswordMode();
}

} // namespace odoodeploy
