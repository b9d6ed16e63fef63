#include "UpkeepPage.h"

#include "profile/StagingProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace odoodeploy {

namespace {

QSpinBox *portBox(QWidget *parent, const char *name, int minimum)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(minimum, 65535);
    return box;
}

} // namespace

UpkeepPage::UpkeepPage(ProfileModel *model, QWidget *parent)
    : ProfilePage(model, {QStringLiteral("backup."), QStringLiteral("staging.")}, parent)
{
    setTitle(tr("Backups and staging"));
    setSubTitle(tr("Backups are folders below /var/backups/odoo-deploy on the server: the database as pg_dump "
                   "wrote it and a tar of its filestore. A staging copy is a second database with its own "
                   "service and site on the same server, for trying an update first."));

    auto *backups = new QGroupBox(tr("Backups"), this);
    auto *backupForm = new QFormLayout(backups);
    m_keep = new QSpinBox(backups);
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(0, BackupSettings::kMaxKeep); // 0 reaches validation, which says why not
    m_keep->setSuffix(tr(" backups"));
    m_scheduled = new QCheckBox(tr("Back up &every day, at (server time, HH:MM):"), backups);
    m_scheduled->setObjectName(QStringLiteral("backupScheduled"));
    m_at = new QLineEdit(backups);
    m_at->setObjectName(QStringLiteral("backupAt"));
    m_at->setAccessibleName(tr("Time of the daily backup")); // its label is the check box before it
    m_at->setPlaceholderText(QStringLiteral("03:30"));
    m_at->setMaximumWidth(m_at->fontMetrics().horizontalAdvance(QStringLiteral("000000000")));
    backupForm->addRow(tr("&Keep the newest:"), m_keep);
    backupForm->addRow(m_scheduled, m_at);
    contentLayout()->addWidget(backups);

    auto *staging = new QGroupBox(tr("Staging copy"), this);
    auto *stagingForm = new QFormLayout(staging);
    m_stagingDatabase = new QLineEdit(staging);
    m_stagingDatabase->setObjectName(QStringLiteral("stagingDatabase"));
    m_stagingCopy = new QComboBox(staging);
    m_stagingCopy->setObjectName(QStringLiteral("stagingCopy"));
    m_stagingCopy->addItem(tr("pg_dump | pg_restore while production runs"), int(StagingCopy::Live));
    m_stagingCopy->addItem(tr("createdb --template: faster, production stops for the copy"), int(StagingCopy::Template));
    m_stagingHttpPort = portBox(staging, "stagingHttpPort", 1024);
    m_stagingLongpollingPort = portBox(staging, "stagingLongpollingPort", 1024);
    m_stagingDomain = new QLineEdit(staging);
    m_stagingDomain->setObjectName(QStringLiteral("stagingDomain"));
    m_stagingPublicPort = portBox(staging, "stagingPublicPort", 0);
    stagingForm->addRow(tr("Data&base:"), m_stagingDatabase);
    stagingForm->addRow(tr("&Copied with:"), m_stagingCopy);
    stagingForm->addRow(tr("Odoo's &HTTP port:"), m_stagingHttpPort);
    stagingForm->addRow(tr("&Long polling / websocket port:"), m_stagingLongpollingPort);
    stagingForm->addRow(tr("Its own &name (optional):"), m_stagingDomain);
    stagingForm->addRow(tr("Else on &port:"), m_stagingPublicPort);
    contentLayout()->addWidget(staging);

    bindField(QStringLiteral("backup.keep"), m_keep);
    bindField(QStringLiteral("backup.at"), m_at);
    bindField(QStringLiteral("staging.database"), m_stagingDatabase);
    bindField(QStringLiteral("staging.httpPort"), m_stagingHttpPort);
    bindField(QStringLiteral("staging.longpollingPort"), m_stagingLongpollingPort);
    bindField(QStringLiteral("staging.domain"), m_stagingDomain);
    bindField(QStringLiteral("staging.publicPort"), m_stagingPublicPort);

    connect(m_keep, &QSpinBox::valueChanged, this, [this](int v) { edit([&](DeploymentProfile &p) { p.backup.keep = v; }); });
    connect(m_scheduled, &QCheckBox::toggled, this, [this](bool on) {
        m_at->setEnabled(on);
        edit([&](DeploymentProfile &p) { p.backup.scheduled = on; });
    });
    connect(m_at, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.backup.at = v.trimmed(); }); });
    connect(m_stagingDatabase, &QLineEdit::textEdited, this, [this](const QString &v) {
        edit([&](DeploymentProfile &p) { p.staging.database = v.trimmed(); });
    });
    // The defaults follow production's database, name and certificate.
    connect(model, &ProfileModel::changed, this, &UpkeepPage::showDefaults);
    connect(m_stagingCopy, &QComboBox::currentIndexChanged, this, [this] {
        const auto copy = StagingCopy(m_stagingCopy->currentData().toInt());
        edit([&](DeploymentProfile &p) { p.staging.copy = copy; });
    });
    connect(m_stagingHttpPort, &QSpinBox::valueChanged, this, [this](int v) { edit([&](DeploymentProfile &p) { p.staging.httpPort = v; }); });
    connect(m_stagingLongpollingPort, &QSpinBox::valueChanged, this,
            [this](int v) { edit([&](DeploymentProfile &p) { p.staging.longpollingPort = v; }); });
    connect(m_stagingDomain, &QLineEdit::textEdited, this, [this](const QString &v) {
        edit([&](DeploymentProfile &p) { p.staging.domain = v.trimmed(); });
    });
    connect(m_stagingPublicPort, &QSpinBox::valueChanged, this,
            [this](int v) { edit([&](DeploymentProfile &p) { p.staging.publicPort = v; }); });
}

// What an empty field means follows from the rest of the profile: say it in the field.
void UpkeepPage::showDefaults()
{
    DeploymentProfile defaults = profile();
    m_stagingPublicPort->setEnabled(defaults.staging.domain.isEmpty());
    defaults.staging.database.clear();
    defaults.staging.domain.clear();
    m_stagingDatabase->setPlaceholderText(StagingProfile::database(defaults));
    m_stagingDomain->setPlaceholderText(tr("empty: %1").arg(StagingProfile::url(defaults)));
    defaults.staging.publicPort = 0;
    m_stagingPublicPort->setSpecialValueText(tr("%1 (the default)").arg(StagingProfile::publicPort(defaults)));
}

void UpkeepPage::loadFromProfile()
{
    const QSignalBlocker b1(m_keep), b2(m_scheduled), b3(m_stagingCopy), b4(m_stagingHttpPort), b5(m_stagingLongpollingPort),
        b6(m_stagingPublicPort);
    const DeploymentProfile &p = profile();
    m_keep->setValue(p.backup.keep);
    m_scheduled->setChecked(p.backup.scheduled);
    m_at->setText(p.backup.at);
    m_at->setEnabled(p.backup.scheduled);
    m_stagingDatabase->setText(p.staging.database);
    m_stagingCopy->setCurrentIndex(m_stagingCopy->findData(int(p.staging.copy)));
    m_stagingHttpPort->setValue(p.staging.httpPort);
    m_stagingLongpollingPort->setValue(p.staging.longpollingPort);
    m_stagingDomain->setText(p.staging.domain);
    m_stagingPublicPort->setValue(p.staging.publicPort);
    showDefaults();
}

} // namespace odoodeploy
