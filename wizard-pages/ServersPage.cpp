#include "ServersPage.h"

#include "DeployWizard.h"
#include "FileDialogs.h"
#include "WizardPrompter.h"
#include "ops/OperationController.h"
#include "ops/Operations.h"
#include "profile/TopologyProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>

namespace odoodeploy {

namespace {

enum Column { NameColumn, RolesColumn, AddressColumn, SshColumn, LookedColumn, ColumnCount };

// "topology.hosts[3].server.host" -> 3; -1 for a field of no single server.
int hostIndexOf(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^topology\\.hosts\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = pattern.match(field);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

ServersPage::ServersPage(ProfileModel *model, SecretStore *secrets, QWidget *parent)
    : ProfilePage(model, {QStringLiteral("topology.")}, parent), m_secrets(secrets),
      m_prompter(std::make_unique<WizardPrompter>(this))
{
    setTitle(tr("Servers"));
    setSubTitle(tr("The servers of this deployment and what each one does: the database (PostgreSQL), the shared "
                   "filestore, the app servers (Odoo) and the proxy (nginx, HTTPS). Each is reached over SSH with "
                   "its own settings; the others reach it at its private address."));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("servers"));
    m_table->setAccessibleName(tr("Servers"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Roles"), tr("Private address"), tr("SSH"), tr("Looked at")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 12); // five servers without scrolling

    m_add = new QPushButton(tr("&Add a server"), this);
    m_add->setObjectName(QStringLiteral("addServer"));
    m_remove = new QPushButton(tr("&Remove it"), this);
    m_remove->setObjectName(QStringLiteral("removeServer"));
    m_filestore = new QComboBox(this);
    m_filestore->setObjectName(QStringLiteral("filestore"));
    m_filestore->addItem(tr("GlusterFS (tested)"), int(FilestoreEngine::GlusterFS));
    m_filestore->addItem(tr("NFS (not tested here: refused for now)"), int(FilestoreEngine::Nfs));
    auto *filestoreLabel = new QLabel(tr("Shared &filestore:"), this);
    filestoreLabel->setBuddy(m_filestore);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_add);
    tableButtons->addWidget(m_remove);
    tableButtons->addStretch(1);
    tableButtons->addWidget(filestoreLabel);
    tableButtons->addWidget(m_filestore);

    // The selected server: what it does on the left, how to reach it on the right.
    m_form = new QGroupBox(tr("The selected server"), this);
    m_form->setObjectName(QStringLiteral("serverForm"));
    auto *columns = new QHBoxLayout(m_form);
    auto *what = new QFormLayout;
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("serverName"));
    m_name->setPlaceholderText(tr("db, app1, proxy"));
    auto *roles = new QWidget(m_form);
    auto *roleGrid = new QHBoxLayout(roles);
    roleGrid->setContentsMargins(0, 0, 0, 0);
    m_roleDatabase = new QCheckBox(tr("&database"), roles);
    m_roleDatabase->setObjectName(QStringLiteral("roleDatabase"));
    m_roleFiles = new QCheckBox(tr("&files"), roles);
    m_roleFiles->setObjectName(QStringLiteral("roleFiles"));
    m_roleApp = new QCheckBox(tr("a&pp"), roles);
    m_roleApp->setObjectName(QStringLiteral("roleApp"));
    m_roleProxy = new QCheckBox(tr("pro&xy"), roles);
    m_roleProxy->setObjectName(QStringLiteral("roleProxy"));
    for (QCheckBox *box : {m_roleDatabase, m_roleFiles, m_roleApp, m_roleProxy})
        roleGrid->addWidget(box);
    m_address = new QLineEdit(m_form);
    m_address->setObjectName(QStringLiteral("privateAddress"));
    m_address->setPlaceholderText(tr("10.0.0.21"));
    m_address->setToolTip(tr("An IP address: the database's access list, the firewalls and the proxy's upstreams name servers by address."));
    what->addRow(tr("&Name:"), m_name);
    what->addRow(tr("Roles:"), roles);
    what->addRow(tr("Private add&ress:"), m_address);

    auto *reach = new QFormLayout;
    m_host = new QLineEdit(m_form);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("app1.example.com or 192.0.2.21"));
    m_port = new QSpinBox(m_form);
    m_port->setObjectName(QStringLiteral("serverSshPort"));
    m_port->setRange(0, 65535);
    m_user = new QLineEdit(m_form);
    m_user->setObjectName(QStringLiteral("serverSshUser"));
    m_auth = new QComboBox(m_form);
    m_auth->setObjectName(QStringLiteral("serverAuthMethod"));
    m_auth->addItem(tr("SSH agent"), int(AuthMethod::Agent));
    m_auth->addItem(tr("Key file"), int(AuthMethod::KeyFile));
    m_auth->addItem(tr("Password (asked when connecting)"), int(AuthMethod::Password));
    auto *keyRow = new QWidget(m_form);
    auto *keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_keyFile = new QLineEdit(keyRow);
    m_keyFile->setObjectName(QStringLiteral("serverKeyFile"));
    m_keyFile->setPlaceholderText(tr("~/.ssh/id_ed25519"));
    auto *browse = new QPushButton(tr("Browse…"), keyRow);
    keyLayout->addWidget(m_keyFile);
    keyLayout->addWidget(browse);
    m_jumpHost = new QLineEdit(m_form);
    m_jumpHost->setObjectName(QStringLiteral("serverJumpHost"));
    m_jumpHost->setPlaceholderText(tr("optional: [user@]bastion[:port]"));
    reach->addRow(tr("&Host:"), m_host);
    reach->addRow(tr("SSH &port:"), m_port);
    reach->addRow(tr("&Login:"), m_user);
    reach->addRow(tr("&Authentication:"), m_auth);
    reach->addRow(tr("&Key file:"), keyRow);
    tieRowLabel(reach, keyRow, m_keyFile);
    reach->addRow(tr("&Jump host:"), m_jumpHost);
    columns->addLayout(what, 1);
    columns->addLayout(reach, 1);

    m_probeOne = new QPushButton(tr("&Connect and look at this server"), this);
    m_probeOne->setObjectName(QStringLiteral("probeSelectedServer"));
    m_probeAll = new QPushButton(tr("Look at &every server"), this);
    m_probeAll->setObjectName(QStringLiteral("probeAllServers"));
    m_probeStatus = new QLabel(this);
    m_probeStatus->setObjectName(QStringLiteral("probeStatus"));
    m_probeStatus->setWordWrap(true);
    m_probeStatus->setTextFormat(Qt::PlainText);
    auto *probeRow = new QHBoxLayout;
    probeRow->addWidget(m_probeOne);
    probeRow->addWidget(m_probeAll);
    probeRow->addWidget(m_probeStatus, 1);

    contentLayout()->addWidget(m_table);
    contentLayout()->addLayout(tableButtons);
    contentLayout()->addWidget(m_form);
    contentLayout()->addLayout(probeRow);
    auto *note = new QLabel(tr("Passwords and passphrases are never saved in the profile. The database password of the "
                               "deployment is made by its first run and kept in the keychain."),
                            this);
    note->setWordWrap(true);
    contentLayout()->addWidget(note);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { selectServer(row); });
    connect(m_add, &QPushButton::clicked, this, &ServersPage::addServer);
    connect(m_remove, &QPushButton::clicked, this, &ServersPage::removeSelectedServer);
    connect(m_probeOne, &QPushButton::clicked, this, &ServersPage::probeSelected);
    connect(m_probeAll, &QPushButton::clicked, this, &ServersPage::probeAll);
    connect(m_filestore, &QComboBox::currentIndexChanged, this, [this] {
        const auto engine = FilestoreEngine(m_filestore->currentData().toInt());
        edit([&](DeploymentProfile &p) { p.topology.filestore = engine; });
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &v) { editSelected([&](TopologyHost &h) { h.name = v.trimmed(); }); });
    const auto roleToggled = [this](HostRole role) {
        return [this, role](bool on) { editSelected([&](TopologyHost &h) { h.roles.setFlag(role, on); }); };
    };
    connect(m_roleDatabase, &QCheckBox::toggled, this, roleToggled(HostRole::Database));
    connect(m_roleFiles, &QCheckBox::toggled, this, roleToggled(HostRole::Files));
    connect(m_roleApp, &QCheckBox::toggled, this, roleToggled(HostRole::App));
    connect(m_roleProxy, &QCheckBox::toggled, this, roleToggled(HostRole::Proxy));
    connect(m_address, &QLineEdit::textEdited, this, [this](const QString &v) { editSelected([&](TopologyHost &h) { h.privateAddress = v.trimmed(); }); });
    connect(m_host, &QLineEdit::textEdited, this, [this](const QString &v) { editSelected([&](TopologyHost &h) { h.server.host = v.trimmed(); }); });
    connect(m_port, &QSpinBox::valueChanged, this, [this](int v) { editSelected([&](TopologyHost &h) { h.server.port = v; }); });
    connect(m_user, &QLineEdit::textEdited, this, [this](const QString &v) { editSelected([&](TopologyHost &h) { h.server.user = v.trimmed(); }); });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this, keyRow] {
        const auto method = AuthMethod(m_auth->currentData().toInt());
        keyRow->setEnabled(method == AuthMethod::KeyFile);
        editSelected([&](TopologyHost &h) { h.server.auth = method; });
    });
    connect(m_keyFile, &QLineEdit::textEdited, this, [this](const QString &v) { editSelected([&](TopologyHost &h) { h.server.keyFile = v; }); });
    connect(browse, &QPushButton::clicked, this, [this] {
        FileDialogs::instance().askOpenPath(this, tr("SSH private key"), tr("All files (*)"), [this](const QString &path) {
            if (path.isEmpty())
                return;
            m_keyFile->setText(path);
            editSelected([&](TopologyHost &h) { h.server.keyFile = path; });
        });
    });
    connect(m_jumpHost, &QLineEdit::textEdited, this, [this](const QString &v) { editSelected([&](TopologyHost &h) { h.server.jumpHost = v.trimmed(); }); });
    // After ProfilePage's own validation (connected first): the rows show theirs.
    connect(model, &ProfileModel::changed, this, [this] {
        fillTable();
        markRows();
    });
}

ServersPage::~ServersPage() = default;

int ServersPage::nextId() const { return DeployWizard::Odoo; }

QString ServersPage::describeIssue(const FieldIssue &issue) const
{
    const int index = hostIndexOf(issue.field);
    const auto &hosts = profile().topology.hosts;
    if (index < 0 || index >= hosts.size())
        return issue.message;
    const QString name = hosts.at(index).name.isEmpty() ? tr("server %1").arg(index + 1) : hosts.at(index).name;
    return tr("%1: %2").arg(name, issue.message);
}

void ServersPage::loadFromProfile()
{
    {
        const QSignalBlocker block(m_filestore);
        m_filestore->setCurrentIndex(m_filestore->findData(int(profile().topology.filestore)));
    }
    m_probeText.clear();
    fillTable();
    selectServer(profile().topology.hosts.isEmpty() ? -1 : qBound(0, m_selected, int(profile().topology.hosts.size()) - 1));
    markRows();
}

void ServersPage::fillTable()
{
    const auto &hosts = profile().topology.hosts;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(hosts.size()));
    for (int row = 0; row < hosts.size(); ++row) {
        const TopologyHost &h = hosts.at(row);
        const QString ssh = h.server.host.isEmpty() ? QString()
                            : h.server.port == 22  ? QStringLiteral("%1@%2").arg(h.server.user, h.server.host)
                                                   : QStringLiteral("%1@%2:%3").arg(h.server.user, h.server.host).arg(h.server.port);
        const QStringList cells{h.name, toTexts(h.roles).join(QStringLiteral(", ")), h.privateAddress, ssh, m_probeText.value(h.name)};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells.at(column));
        }
    }
    if (m_selected >= 0 && m_selected < m_table->rowCount())
        m_table->setCurrentCell(m_selected, NameColumn);
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(m_selected >= 0);
}

void ServersPage::markRows()
{
    const FieldIssues issues = Validation::filtered(Validation::validate(profile()), {QStringLiteral("topology.hosts[")});
    QHash<int, QStringList> byRow;
    for (const FieldIssue &issue : issues)
        byRow[hostIndexOf(issue.field)] << issue.message;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *name = m_table->item(row, NameColumn);
        const QString text = profile().topology.hosts.at(row).name;
        // Words, not only a colour: a row to look at says so.
        name->setText(byRow.contains(row) ? QStringLiteral("⚠ %1").arg(text) : text);
        name->setToolTip(byRow.value(row).join(QLatin1Char('\n')));
    }
}

void ServersPage::selectServer(int row)
{
    const int count = int(profile().topology.hosts.size());
    m_selected = row >= 0 && row < count ? row : -1;
    if (m_selected >= 0 && m_table->currentRow() != m_selected) {
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(m_selected, NameColumn);
    }
    fillForm();
    bindSelected();
    refreshValidation();
}

void ServersPage::fillForm()
{
    m_form->setEnabled(m_selected >= 0);
    m_remove->setEnabled(m_selected >= 0);
    m_probeOne->setEnabled(m_selected >= 0);
    m_probeAll->setEnabled(!profile().topology.hosts.isEmpty());
    const TopologyHost host = m_selected >= 0 ? profile().topology.hosts.at(m_selected) : TopologyHost{};
    const QSignalBlocker b1(m_roleDatabase), b2(m_roleFiles), b3(m_roleApp), b4(m_roleProxy), b5(m_port), b6(m_auth);
    m_name->setText(host.name);
    m_roleDatabase->setChecked(host.roles.testFlag(HostRole::Database));
    m_roleFiles->setChecked(host.roles.testFlag(HostRole::Files));
    m_roleApp->setChecked(host.roles.testFlag(HostRole::App));
    m_roleProxy->setChecked(host.roles.testFlag(HostRole::Proxy));
    m_address->setText(host.privateAddress);
    m_host->setText(host.server.host);
    m_port->setValue(host.server.port);
    m_user->setText(host.server.user);
    m_auth->setCurrentIndex(m_auth->findData(int(host.server.auth)));
    m_keyFile->parentWidget()->setEnabled(host.server.auth == AuthMethod::KeyFile);
    m_keyFile->setText(host.server.keyFile);
    m_jumpHost->setText(host.server.jumpHost);
}

void ServersPage::bindSelected()
{
    unbindFields();
    if (m_selected < 0)
        return;
    const QString prefix = QStringLiteral("topology.hosts[%1].").arg(m_selected);
    const QList<std::pair<const char *, QWidget *>> fields{
        {"name", m_name},        {"roles", m_roleApp->parentWidget()}, {"privateAddress", m_address},
        {"server.host", m_host}, {"server.port", m_port},             {"server.user", m_user},
        {"server.keyFile", m_keyFile}, {"server.jumpHost", m_jumpHost}, {"server.connectTimeoutSec", m_host}};
    for (const auto &[field, widget] : fields)
        bindField(prefix + QString::fromLatin1(field), widget);
}

void ServersPage::editSelected(const std::function<void(TopologyHost &)> &change)
{
    if (m_selected < 0 || m_selected >= profile().topology.hosts.size())
        return;
    const int index = m_selected;
    edit([&](DeploymentProfile &p) { change(p.topology.hosts[index]); });
}

void ServersPage::addServer()
{
    const auto &hosts = profile().topology.hosts;
    if (hosts.size() >= TopologySettings::kMaxHosts)
        return;
    QStringList names;
    for (const TopologyHost &h : hosts)
        names << h.name;
    int n = 1;
    while (names.contains(QStringLiteral("app%1").arg(n)))
        ++n;
    TopologyHost host;
    host.name = QStringLiteral("app%1").arg(n);
    host.roles = HostRole::App;
    edit([&](DeploymentProfile &p) {
        p.schema = DeploymentProfile::kSchemaVersion; // hosts exist only in the new form
        p.topology.hosts << host;
    });
    selectServer(int(profile().topology.hosts.size()) - 1);
    m_name->setFocus();
}

void ServersPage::removeSelectedServer()
{
    if (m_selected < 0 || m_selected >= profile().topology.hosts.size())
        return;
    const int index = m_selected;
    edit([&](DeploymentProfile &p) { p.topology.hosts.removeAt(index); });
    selectServer(qMin(index, int(profile().topology.hosts.size()) - 1));
}

void ServersPage::probeSelected()
{
    if (m_selected >= 0)
        probe(profile().topology.hosts.at(m_selected).name);
}

void ServersPage::probeAll()
{
    for (const TopologyHost &host : profile().topology.hosts)
        probe(host.name);
}

void ServersPage::probe(const QString &server)
{
    const auto &hosts = profile().topology.hosts;
    const qsizetype index = std::find_if(hosts.cbegin(), hosts.cend(), [&](const TopologyHost &h) { return h.name == server; }) - hosts.cbegin();
    if (index >= hosts.size())
        return;
    // Only this server's fields: the others may be unfinished yet.
    if (!Validation::filtered(Validation::validate(profile()), {QStringLiteral("topology.hosts[%1].").arg(index)}).isEmpty()) {
        m_probeStatus->setText(tr("%1: fix its settings first.").arg(server));
        return;
    }
    if (m_probes.count(server) && m_probes.at(server)->isRunning())
        return;
    auto controller = std::make_unique<OperationController>(m_prompter.get(), m_secrets);
    OperationController *c = controller.get();
    connect(c, &OperationController::status, this, [this, server](const QString &m) { m_probeStatus->setText(tr("%1: %2").arg(server, m)); });
    connect(c, &OperationController::failed, this, [this, server](const QString &m) {
        m_probeText[server] = tr("✘ %1").arg(m);
        m_probeStatus->setText(tr("%1: %2").arg(server, m));
        fillTable();
        markRows();
    });
    connect(c, &OperationController::recorded, this, [this, server](const OperationRecord &record) {
        if (!record.hasFacts)
            return;
        const HostFacts &f = record.facts;
        model()->setHostFacts(server, f);
        m_probeText[server] = tr("%1, %2 CPUs, %3 GiB RAM, %4")
                                  .arg(f.osName.isEmpty() ? tr("unknown system") : f.osName)
                                  .arg(f.cpuCount)
                                  .arg(double(f.ramBytes) / (1024.0 * 1024 * 1024), 0, 'f', 1)
                                  .arg(f.init == HostFacts::Init::Systemd ? tr("systemd") : tr("no systemd"));
        fillTable();
        markRows();
    });
    connect(c, &OperationController::finished, this, [this, server](bool ok) {
        if (ok)
            m_probeStatus->setText(tr("%1: looked at.").arg(server));
        Q_EMIT probeFinished(server, ok);
    }, Qt::QueuedConnection);
    m_probes[server] = std::move(controller);
    c->start(TopologyProfile::forHost(profile(), server), std::make_shared<ProbeOperation>());
}

} // namespace odoodeploy
