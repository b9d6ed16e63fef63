#include "MaintainPage.h"

#include "ConnectionFlow.h"
#include "DeployWizard.h"
#include "RunPage.h"
#include "ServersRunPage.h"
#include "Tones.h"
#include "ops/MaintenanceOperations.h"
#include "ops/Operations.h"
#include "ops/StagingOperations.h"
#include "ops/TopologyMaintenance.h"
#include "plan/Backup.h"
#include "plan/Maintenance.h"
#include "profile/DeploymentState.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"
#include "profile/Validation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QStandardPaths>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace odoodeploy {

namespace {

QWidget *formPage(QWidget *parent, const QString &label, QWidget *field, const QString &hint)
{
    auto *page = new QWidget(parent);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(label, field);
    auto *note = new QLabel(hint, page);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return page;
}

} // namespace

MaintainPage::MaintainPage(ProfileModel *model, SecretStore *secrets, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_flow(new ConnectionFlow(model, secrets, this))
{
    setTitle(tr("Maintain a deployment"));
    auto *layout = new QVBoxLayout(this);

    m_actions = new QButtonGroup(this);
    const QList<std::pair<Action, QString>> choices{
        {Backup, tr("&Back up the database and its files")},
        {Update, tr("&Update Odoo's code (a backup first)")},
        {Upgrade, tr("Upgrade &modules (a backup first)")},
        {Rollback, tr("&Roll back the last update or module upgrade")},
        {Restore, tr("Re&store a backup")},
        {Staging, tr("Make a staging co&py beside production")},
        {RemoveStaging, tr("Remo&ve the staging copy")},
    };
    for (const auto &[id, text] : choices) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("action%1").arg(int(id)));
        m_actions->addButton(radio, int(id));
        layout->addWidget(radio);
    }

    m_options = new QStackedWidget(this);
    m_options->setObjectName(QStringLiteral("actionOptions"));
    auto *backupPage = new QWidget(m_options);
    auto *backupLayout = new QVBoxLayout(backupPage);
    backupLayout->setContentsMargins(0, 0, 0, 0);
    auto *backupNote = new QLabel(tr("pg_dump of the database and a tar of its filestore, in a new folder below "
                                     "/var/backups/odoo-deploy on the server; the oldest beyond the profile's count go."), backupPage);
    backupNote->setWordWrap(true);
    backupLayout->addWidget(backupNote);
    m_download = new QCheckBox(tr("Then &download it to this computer, into:"), backupPage);
    m_download->setObjectName(QStringLiteral("downloadBackup"));
    backupLayout->addWidget(m_download);
    m_downloadFolder = new QLineEdit(backupPage);
    m_downloadFolder->setObjectName(QStringLiteral("downloadFolder"));
    m_downloadFolder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("odoo-backups")));
    m_downloadFolder->setEnabled(false);
    m_downloadFolder->setAccessibleName(tr("Download folder")); // its label is the check box above it
    backupLayout->addWidget(m_downloadFolder);
    connect(m_download, &QCheckBox::toggled, m_downloadFolder, &QWidget::setEnabled);
    m_options->addWidget(backupPage);
    m_target = new QLineEdit(m_options);
    m_target->setObjectName(QStringLiteral("updateTarget"));
    m_options->addWidget(formPage(m_options, tr("Update &to:"), m_target,
                                  tr("A branch, tag or commit; empty: the newest commit of the profile's branch. A "
                                     "checkout with local changes is refused and nothing changes.")));
    m_modules = new QLineEdit(m_options);
    m_modules->setObjectName(QStringLiteral("modules"));
    m_modules->setPlaceholderText(tr("sale,stock or all"));
    m_options->addWidget(formPage(m_options, tr("Mo&dules:"), m_modules,
                                  tr("Technical names separated by commas, or all. Odoo stops, runs -u, and starts again.")));
    m_rollbackPoint = new QLabel(m_options);
    m_rollbackPoint->setObjectName(QStringLiteral("rollbackPoint"));
    m_rollbackPoint->setWordWrap(true);
    m_rollbackPoint->setTextFormat(Qt::PlainText);
    m_options->addWidget(m_rollbackPoint);
    m_options->addWidget(restoreOptions());
    auto *staging = new QWidget(m_options);
    auto *stagingLayout = new QVBoxLayout(staging);
    stagingLayout->setContentsMargins(0, 0, 0, 0);
    m_stagingInfo = new QLabel(staging);
    m_stagingInfo->setObjectName(QStringLiteral("stagingInfo"));
    m_stagingInfo->setWordWrap(true);
    m_stagingInfo->setTextFormat(Qt::PlainText);
    stagingLayout->addWidget(m_stagingInfo);
    m_stagingTemplate = new QCheckBox(tr("Copy with createdb --&template: faster for big databases, but production stops "
                                         "for the seconds of the copy"), staging);
    m_stagingTemplate->setObjectName(QStringLiteral("stagingTemplate"));
    stagingLayout->addWidget(m_stagingTemplate);
    m_options->addWidget(staging);
    auto *removal = new QLabel(tr("Stops and removes the copy's service, its nginx site, its database and its folders. "
                                  "Production is not touched."), m_options);
    removal->setWordWrap(true);
    m_options->addWidget(removal);
    layout->addWidget(m_options);

    m_checkOnly = new QCheckBox(tr("Only &check: say what it would do, change nothing"), this);
    m_checkOnly->setObjectName(QStringLiteral("checkOnly"));
    layout->addWidget(m_checkOnly);
    auto *stepsLabel = new QLabel(tr("The steps that will run:"), this);
    layout->addWidget(stepsLabel);
    m_steps = new QListWidget(this);
    stepsLabel->setBuddy(m_steps);
    m_steps->setObjectName(QStringLiteral("maintainSteps"));
    layout->addWidget(m_steps, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("maintainProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(Tones::textStyle(Tones::Tone::Error, palette())); // as the other pages' validation messages
    layout->addWidget(m_problem);

    connect(m_actions, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            refresh();
    });
    connect(m_download, &QCheckBox::toggled, this, &MaintainPage::refresh);
    for (QLineEdit *edit : {m_target, m_modules, m_backup, m_downloadFolder})
        connect(edit, &QLineEdit::textChanged, this, &MaintainPage::refresh);
    connect(m_checkOnly, &QCheckBox::toggled, this, &MaintainPage::refresh);
    // How the copy is made belongs to the profile (staging.copy), saved with it.
    connect(m_stagingTemplate, &QCheckBox::toggled, this, [this](bool on) {
        const StagingCopy copy = on ? StagingCopy::Template : StagingCopy::Live;
        if (m_model->profile().staging.copy != copy)
            m_model->edit([copy](DeploymentProfile &p) { p.staging.copy = copy; });
        refresh();
    });
    m_actions->button(Backup)->setChecked(true);
}

// A backup is picked from the server's list (read over SSH, off the UI thread) or named.
QWidget *MaintainPage::restoreOptions()
{
    auto *page = new QWidget(m_options);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_backup = new QLineEdit(page);
    m_backup->setObjectName(QStringLiteral("backupName"));
    m_backup->setText(QStringLiteral("latest"));
    layout->addWidget(formPage(page, tr("Bac&kup:"), m_backup,
                               tr("A backup folder's name, one picked from the server's list, or latest: the newest this "
                                  "computer made. The database and filestore as they are now are kept.")));
    auto *listRow = new QHBoxLayout;
    m_listBackups = new QPushButton(tr("&List the server's backups"), page);
    m_listBackups->setObjectName(QStringLiteral("listBackups"));
    m_listStatus = new QLabel(page);
    m_listStatus->setObjectName(QStringLiteral("backupListStatus"));
    m_listStatus->setWordWrap(true);
    m_listStatus->setTextFormat(Qt::PlainText);
    listRow->addWidget(m_listBackups);
    listRow->addWidget(m_listStatus, 1);
    layout->addLayout(listRow);
    m_serverBackups = new QListWidget(page);
    m_serverBackups->setObjectName(QStringLiteral("serverBackups"));
    m_serverBackups->setVisible(false);
    m_serverBackups->setAccessibleName(tr("The server's backups"));
    layout->addWidget(m_serverBackups);

    connect(m_listBackups, &QPushButton::clicked, this, &MaintainPage::listBackups);
    connect(m_serverBackups, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_backup->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_flow, &ConnectionFlow::status, m_listStatus, &QLabel::setText);
    connect(m_flow, &ConnectionFlow::failed, m_listStatus, &QLabel::setText);
    connect(m_flow, &ConnectionFlow::recorded, this, [this](const OperationRecord &record) { showBackups(ListBackupsOperation::listed(record)); });
    connect(m_flow, &ConnectionFlow::finished, this, [this] { m_listBackups->setEnabled(true); });
    return page;
}

void MaintainPage::listBackups()
{
    if (m_flow->isRunning())
        return;
    m_listBackups->setEnabled(false);
    if (const TopologyHost *keeper = TopologyProfile::backupServer(m_model->profile()))
        m_flow->startOnServer(keeper->name, std::make_shared<ListBackupsOperation>());
    else
        m_flow->start(std::make_shared<ListBackupsOperation>());
}

void MaintainPage::showBackups(const QList<Backup::Listed> &backups)
{
    const QString database = m_model->profile().odoo.database;
    m_serverBackups->clear();
    QListWidgetItem *newestOfOurs = nullptr;
    for (const Backup::Listed &b : backups) {
        const bool ours = b.database == database;
        auto *item = new QListWidgetItem(ours ? tr("%1 — commit %2, %3").arg(b.name, b.commit, b.size)
                                              : tr("%1 — of the database %2, which restore refuses here").arg(b.name, b.database),
                                         m_serverBackups);
        item->setData(Qt::UserRole, b.name);
        if (!ours)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        else
            newestOfOurs = item; // oldest first: the last one seen is the newest
    }
    m_serverBackups->setVisible(!backups.isEmpty());
    m_listStatus->setText(backups.isEmpty() ? tr("There is no backup on the server yet.")
                                            : tr("%n backup(s) on the server, the newest last.", nullptr, int(backups.size())));
    if (newestOfOurs)
        m_serverBackups->setCurrentItem(newestOfOurs);
}

void MaintainPage::setAction(Action action) { m_actions->button(int(action))->setChecked(true); }

void MaintainPage::initializePage()
{
    const DeploymentProfile &p = m_model->profile();
    setSubTitle(tr("%1 on %2: pick what to do. Its steps are listed below; they run on the next page, with the "
                   "live log, and the health lights follow.").arg(p.name, p.topology.spansServers() ? tr("%1 servers").arg(p.topology.hosts.size()) : p.server.host));
    m_target->setPlaceholderText(tr("the newest commit of %1").arg(p.odoo.effectiveBranch()));
    m_stagingTemplate->setChecked(p.staging.copy == StagingCopy::Template);
    m_stagingTemplate->setText(p.topology.spansServers() ? tr("Copy with createdb --&template: faster for big databases, but production "
                                                              "cannot reach its database for the seconds of the copy")
                                                         : tr("Copy with createdb --&template: faster for big databases, but production stops "
                                                              "for the seconds of the copy"));
    if (const TopologyHost *runs = StagingProfile::server(p))
        m_stagingInfo->setText(tr("The database %1 copied into %2 on the database server with its scheduled actions and mail servers "
                                  "switched off; the copy runs on %3 with the filestore copied into its own data folder, its own service "
                                  "on ports %4 and %5, and its own site at %6 on the proxy. Production keeps running. A second run "
                                  "changes nothing.")
                                   .arg(p.odoo.database, StagingProfile::database(p), runs->name)
                                   .arg(p.staging.httpPort)
                                   .arg(p.staging.longpollingPort)
                                   .arg(StagingProfile::url(p)));
    else
        m_stagingInfo->setText(tr("The database %1 copied into %2 with its scheduled actions and mail servers switched off, "
                                  "the filestore as hard links, its own service on ports %3 and %4, and its own site at %5. "
                                  "Production keeps running. A second run changes nothing.")
                                   .arg(p.odoo.database, StagingProfile::database(p))
                                   .arg(p.staging.httpPort)
                                   .arg(p.staging.longpollingPort)
                                   .arg(StagingProfile::url(p)));
    refresh();
}

std::shared_ptr<const Operation> MaintainPage::operation(QString *problem) const
{
    const bool check = m_checkOnly->isChecked();
    // Only rollback and restore read the journal.
    DeploymentState state;
    QString stateError;
    const auto readState = [&] { return StateStore::load(m_model->profile(), &state, &stateError); };
    switch (Action(m_actions->checkedId())) {
    case Backup: {
        const QString folder = downloadFolder(problem);
        return problem->isEmpty() ? std::make_shared<BackupOperation>(check, folder) : nullptr;
    }
    case Update:
        if (!m_target->text().isEmpty())
            *problem = Validation::checkGitBranch(m_target->text());
        return problem->isEmpty() ? std::make_shared<UpdateOperation>(m_target->text(), check) : nullptr;
    case Upgrade:
        *problem = Maintenance::checkModuleList(m_modules->text());
        return problem->isEmpty() ? std::make_shared<UpgradeOperation>(m_modules->text(), check) : nullptr;
    case Rollback: {
        if (!readState()) {
            *problem = stateError;
            return nullptr;
        }
        const RollbackPoint point = RollbackPoint::fromJournal(state);
        *problem = point.problem;
        return problem->isEmpty() ? std::make_shared<RollbackOperation>(point, check) : nullptr;
    }
    case Restore: {
        // A name that is no backup folder: the operation's requirement refuses it (refresh()).
        QString latestProblem;
        const QString name = m_backup->text().trimmed() == QLatin1String("latest") ? backupToRestore(&latestProblem) : m_backup->text().trimmed();
        *problem = latestProblem;
        return problem->isEmpty() ? std::make_shared<RestoreOperation>(name, false, check) : nullptr;
    }
    case Staging:
        return std::make_shared<StagingOperation>(check);
    case RemoveStaging:
        return std::make_shared<RemoveStagingOperation>(check);
    }
    return nullptr;
}

void MaintainPage::refresh()
{
    m_options->setCurrentIndex(m_actions->checkedId());
    if (m_actions->checkedId() == Rollback) {
        DeploymentState state;
        QString error;
        // On several servers: the journal of the server that keeps the backups.
        const RollbackPoint point = StateStore::load(TopologyProfile::forBackups(m_model->profile()), &state, &error) ? RollbackPoint::fromJournal(state)
                                                                                                                   : RollbackPoint{};
        m_rollbackPoint->setText(!error.isEmpty() ? error
                                 : point.problem.isEmpty()
                                     ? tr("Back to %1: the code at commit %2 and the database and filestore of the backup %3. "
                                          "Works also when Odoo cannot start.").arg(point.describe(), point.commit.left(12), point.backup)
                                     : point.problem);
    }
    QString problem;
    m_steps->clear();
    if (m_model->profile().topology.spansServers()) {
        refreshServers();
        return;
    }
    const std::shared_ptr<const Operation> op = operation(&problem);
    QString warning;
    if (op) {
        for (const Requirement &r : op->requirements(m_model->profile(), m_model->facts())) {
            if (r.mandatory && problem.isEmpty())
                problem = r.text;
            if (!r.mandatory && warning.isEmpty())
                warning = tr("Note: %1").arg(r.text);
        }
        for (const RemoteStep &s : op->steps(m_model->profile(), m_model->facts()))
            new QListWidgetItem(s.title, m_steps);
    }
    m_problem->setText(problem.isEmpty() ? warning : problem);
    const bool ready = op && problem.isEmpty();
    if (ready != m_ready) {
        m_ready = ready;
        Q_EMIT completeChanged();
    }
}

QString MaintainPage::downloadFolder(QString *problem) const
{
    if (!m_download->isChecked())
        return {};
    const QString folder = m_downloadFolder->text().trimmed();
    if (!QDir::isAbsolutePath(folder)) {
        *problem = tr("Give the folder to download into as a full path, such as %1.").arg(QDir::homePath() + QStringLiteral("/odoo-backups"));
        return {};
    }
    return QDir::cleanPath(folder);
}

ServersRunPage::Maintenance MaintainPage::serversMaintenance(QString *argument, QString *downloadTo, QString *problem) const
{
    using Kind = ServersRunPage::Maintenance;
    switch (Action(m_actions->checkedId())) {
    case Update:
        *argument = m_target->text();
        if (!argument->isEmpty())
            *problem = Validation::checkGitBranch(*argument);
        return problem->isEmpty() ? Kind::Update : Kind::None;
    case Backup:
        *downloadTo = downloadFolder(problem);
        return problem->isEmpty() ? Kind::Backup : Kind::None;
    case Upgrade:
        *argument = m_modules->text();
        *problem = Maintenance::checkModuleList(*argument);
        return problem->isEmpty() ? Kind::Upgrade : Kind::None;
    case Restore:
        *argument = backupToRestore(problem);
        return problem->isEmpty() ? Kind::Restore : Kind::None;
    case Rollback:
        return Kind::Rollback; // its point: ServersRunPage::stagesFor
    case Staging:
        return Kind::Staging;
    case RemoveStaging:
        return Kind::RemoveStaging;
    }
    return Kind::None;
}

QString MaintainPage::backupToRestore(QString *problem) const
{
    const QString name = m_backup->text().trimmed();
    if (name != QLatin1String("latest")) {
        if (const QList<Requirement> refused = RestoreOperation::backupNameRequirements(name); !refused.isEmpty())
            *problem = refused.first().text;
        return name;
    }
    // The newest in the journal of the server that keeps the backups.
    DeploymentState state;
    if (!StateStore::load(TopologyProfile::forBackups(m_model->profile()), &state, problem))
        return {};
    const QString newest = QFileInfo(state.newestBackup()).fileName();
    if (newest.isEmpty())
        *problem = tr("This computer made no backup of this deployment yet; name one.");
    return newest;
}

// Several servers: what TopologyMaintenance has (docs/topology.md).
void MaintainPage::refreshServers()
{
    QString argument, downloadTo, problem;
    const ServersRunPage::Maintenance kind = serversMaintenance(&argument, &downloadTo, &problem);
    const DeploymentProfile &deployment = m_model->profile();
    const bool check = m_checkOnly->isChecked();
    if (kind == ServersRunPage::Maintenance::Update) {
        new QListWidgetItem(tr("Every app server at once: what the update would take, and room for the backup"), m_steps);
        if (!check)
            new QListWidgetItem(tr("Then each app server with something new, one at a time: out of the proxy's upstreams, "
                                   "updated, back in; before the first of them, %1 backs up the database and the filestore")
                                    .arg(TopologyProfile::forBackups(deployment).topology.self),
                                m_steps);
    } else if (kind != ServersRunPage::Maintenance::None) {
        // Stage by stage, each server's steps.
        const TopologyMaintenance::Stages stages = ServersRunPage::stagesFor(deployment, kind, argument, check, downloadTo, &problem);
        for (const TopologyStage &stage : stages.first)
            for (const TopologyTask &task : stage)
                for (const RemoteStep &step : task.operation->steps(task.profile, m_model->hostFacts(task.server)))
                    new QListWidgetItem(tr("%1: %2").arg(task.server, step.title), m_steps);
    }
    m_problem->setText(problem);
    if (problem.isEmpty() != m_ready) {
        m_ready = problem.isEmpty();
        Q_EMIT completeChanged();
    }
}

bool MaintainPage::isComplete() const { return m_ready; }

bool MaintainPage::validatePage()
{
    m_flow->cancel(); // a listing still running: the run page connects on its own
    if (m_model->profile().topology.spansServers()) {
        auto *run = qobject_cast<ServersRunPage *>(wizard()->page(DeployWizard::ServersRun));
        if (!m_ready || !run)
            return false;
        QString argument, downloadTo, problem;
        const ServersRunPage::Maintenance kind = serversMaintenance(&argument, &downloadTo, &problem);
        if (kind == ServersRunPage::Maintenance::None)
            return false;
        run->setMaintenance(kind, argument, m_checkOnly->isChecked(), downloadTo);
        return true;
    }
    QString problem;
    const std::shared_ptr<const Operation> op = operation(&problem);
    if (!op)
        return false;
    if (auto *run = qobject_cast<RunPage *>(wizard()->page(DeployWizard::Run)))
        run->setOperation(op);
    return true;
}

void MaintainPage::cleanupPage()
{
    m_flow->cancel();
    // Back to the start: the run page is the deployment's again.
    if (auto *run = qobject_cast<RunPage *>(wizard()->page(DeployWizard::Run)))
        run->setOperation(nullptr);
    if (auto *run = qobject_cast<ServersRunPage *>(wizard()->page(DeployWizard::ServersRun)))
        run->setMaintenance(ServersRunPage::Maintenance::None);
}

int MaintainPage::nextId() const { return m_model->profile().topology.spansServers() ? DeployWizard::ServersRun : DeployWizard::Run; }

} // namespace odoodeploy
