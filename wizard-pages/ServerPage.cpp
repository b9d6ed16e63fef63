#include "ServerPage.h"

#include "ConnectionFlow.h"
#include "DeployWizard.h"
#include "FileDialogs.h"
#include "ops/Operations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QWizard>

namespace odoodeploy {

ServerPage::ServerPage(ProfileModel *model, SecretStore *secrets, QWidget *parent)
    : ProfilePage(model, {QStringLiteral("server.")}, parent), m_flow(new ConnectionFlow(model, secrets, this))
{
    setTitle(tr("Server"));
    setSubTitle(tr("The Debian or Ubuntu server to deploy to, reached over SSH. Its host key is "
                   "checked against ~/.ssh/known_hosts before anything runs."));

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("erp.example.com or 192.0.2.10"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("sshPort"));
    m_port->setRange(0, 65535);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("sshUser"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authMethod"));
    m_auth->addItem(tr("SSH agent"), int(AuthMethod::Agent));
    m_auth->addItem(tr("Key file"), int(AuthMethod::KeyFile));
    m_auth->addItem(tr("Password (asked when connecting)"), int(AuthMethod::Password));

    m_keyRow = new QWidget(this);
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_keyFile = new QLineEdit(m_keyRow);
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_keyFile->setPlaceholderText(tr("~/.ssh/id_ed25519"));
    auto *browse = new QPushButton(tr("Browse…"), m_keyRow);
    keyLayout->addWidget(m_keyFile);
    keyLayout->addWidget(browse);

    m_jumpHost = new QLineEdit(this);
    m_jumpHost->setObjectName(QStringLiteral("jumpHost"));
    m_jumpHost->setPlaceholderText(tr("optional: [user@]bastion[:port]"));
    m_jumpHost->setToolTip(tr("libssh 0.10 reaches a jump host by running the ssh program "
                              "(ssh -W), which checks the jump host's key on its own."));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("connectTimeout"));
    m_timeout->setRange(0, 600);
    m_timeout->setSuffix(tr(" s"));

    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("SSH &port:"), m_port);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("&Key file:"), m_keyRow);
    tieRowLabel(form, m_keyRow, m_keyFile);
    form->addRow(tr("&Jump host:"), m_jumpHost);
    form->addRow(tr("Connect &timeout:"), m_timeout);
    m_upgrade = new QCheckBox(tr("&Upgrade the installed packages before deploying (apt-get upgrade)"), this);
    m_upgrade->setObjectName(QStringLiteral("upgradePackages"));
    form->addRow(QString(), m_upgrade);
    contentLayout()->addLayout(form);
    auto *note = new QLabel(tr("Passwords and passphrases are never saved in the profile."), this);
    note->setWordWrap(true);
    contentLayout()->addWidget(note);
    auto *probeRow = new QHBoxLayout;
    m_probe = new QPushButton(tr("&Connect and look at the server"), this);
    m_probe->setObjectName(QStringLiteral("probeServer"));
    m_probeStatus = new QLabel(this);
    m_probeStatus->setObjectName(QStringLiteral("probeStatus"));
    m_probeStatus->setWordWrap(true);
    m_probeStatus->setTextFormat(Qt::PlainText);
    probeRow->addWidget(m_probe);
    probeRow->addWidget(m_probeStatus, 1);
    contentLayout()->addLayout(probeRow);
    m_spread = new QPushButton(tr("Spread over &several servers…"), this);
    m_spread->setObjectName(QStringLiteral("spreadOverServers"));
    m_spread->setToolTip(tr("The database on a server of its own, app servers behind the proxy, a shared filestore. "
                            "The profile is then saved in the new form (schema 2), which older Odoo Deploy versions cannot open."));
    contentLayout()->addWidget(m_spread, 0, Qt::AlignLeft);
    connect(m_spread, &QPushButton::clicked, this, &ServerPage::spreadOverServers);
    connect(m_probe, &QPushButton::clicked, this, &ServerPage::probe);
    connect(m_flow, &ConnectionFlow::status, m_probeStatus, &QLabel::setText);
    connect(m_flow, &ConnectionFlow::failed, m_probeStatus, &QLabel::setText);
    connect(m_flow, &ConnectionFlow::stepFinished, this, [this](int, const StepOutcome &o) {
        if (o.status != StepOutcome::Status::Changed) {
            m_probeStatus->setText(o.message);
            return;
        }
        const HostFacts &facts = this->model()->facts(); // set by the flow
        const QString jump = profile().server.jumpHost.isEmpty()
                                 ? QString()
                                 : tr(" (through %1 with the ssh program)").arg(profile().server.jumpHost);
        m_probeStatus->setText(tr("%1: %2 CPUs, %3 GiB RAM, %4 GiB free, %5, Python %6%7.")
                                   .arg(facts.osName.isEmpty() ? tr("Unknown system") : facts.osName)
                                   .arg(facts.cpuCount)
                                   .arg(double(facts.ramBytes) / (1024.0 * 1024 * 1024), 0, 'f', 1)
                                   .arg(double(facts.diskFreeBytes) / (1024.0 * 1024 * 1024), 0, 'f', 1)
                                   .arg(facts.init == HostFacts::Init::Systemd ? tr("systemd") : tr("no systemd"))
                                   .arg(facts.pythonVersion.isEmpty() ? tr("none") : facts.pythonVersion)
                                   .arg(jump));
    });
    connect(m_flow, &ConnectionFlow::finished, this, [this] { m_probe->setEnabled(true); });

    bindField(QStringLiteral("server.host"), m_host);
    bindField(QStringLiteral("server.port"), m_port);
    bindField(QStringLiteral("server.user"), m_user);
    bindField(QStringLiteral("server.keyFile"), m_keyFile);
    bindField(QStringLiteral("server.jumpHost"), m_jumpHost);
    bindField(QStringLiteral("server.connectTimeoutSec"), m_timeout);

    connect(m_host, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.server.host = v.trimmed(); }); });
    connect(m_port, &QSpinBox::valueChanged, this, [this](int v) { edit([&](DeploymentProfile &p) { p.server.port = v; }); });
    connect(m_user, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.server.user = v.trimmed(); }); });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        const auto method = AuthMethod(m_auth->currentData().toInt());
        m_keyRow->setEnabled(method == AuthMethod::KeyFile);
        edit([&](DeploymentProfile &p) { p.server.auth = method; });
    });
    connect(m_keyFile, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.server.keyFile = v; }); });
    connect(browse, &QPushButton::clicked, this, [this] {
        FileDialogs::instance().askOpenPath(this, tr("SSH private key"), tr("All files (*)"), [this](const QString &path) {
            if (path.isEmpty())
                return;
            m_keyFile->setText(path);
            edit([&](DeploymentProfile &p) { p.server.keyFile = path; });
        });
    });
    connect(m_jumpHost, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.server.jumpHost = v.trimmed(); }); });
    connect(m_upgrade, &QCheckBox::toggled, this, [this](bool on) { edit([&](DeploymentProfile &p) { p.server.upgradePackages = on; }); });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int v) { edit([&](DeploymentProfile &p) { p.server.connectTimeoutSec = v; }); });
}

void ServerPage::probe()
{
    if (!isComplete() || m_flow->isRunning())
        return;
    m_probe->setEnabled(false);
    m_flow->start(std::make_shared<ProbeOperation>());
}

void ServerPage::spreadOverServers()
{
    edit([](DeploymentProfile &p) {
        if (p.topology.spansServers())
            return;
        p.schema = DeploymentProfile::kSchemaVersion;
        TopologyHost database;
        database.name = QStringLiteral("db");
        database.roles = HostRole::Database;
        TopologyHost app;
        app.name = QStringLiteral("app1");
        app.roles = HostRole::App | HostRole::Proxy;
        app.server = p.server;
        p.topology.hosts = {database, app};
    });
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

int ServerPage::nextId() const { return profile().topology.spansServers() ? DeployWizard::Servers : DeployWizard::Odoo; }

void ServerPage::loadFromProfile()
{
    const QSignalBlocker b1(m_port), b2(m_auth), b3(m_timeout), b4(m_upgrade);
    const auto &s = profile().server;
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_user->setText(s.user);
    m_auth->setCurrentIndex(m_auth->findData(int(s.auth)));
    m_keyRow->setEnabled(s.auth == AuthMethod::KeyFile);
    m_keyFile->setText(s.keyFile);
    m_jumpHost->setText(s.jumpHost);
    m_timeout->setValue(s.connectTimeoutSec);
    m_upgrade->setChecked(s.upgradePackages);
}

} // namespace odoodeploy
