#include "ServersRunPage.h"

#include "DeployWizard.h"
#include "LogPane.h"
#include "StepList.h"
#include "WizardPrompter.h"
#include "ops/Operations.h"
#include "ops/TopologyMaintenance.h"
#include "profile/DeploymentState.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"
#include "profile/Validation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace odoodeploy {

namespace {

// The server a staging copy runs on (StagingProfile::server).
QString stagingServerName(const DeploymentProfile &deployment)
{
    const TopologyHost *runs = StagingProfile::server(deployment);
    return runs ? runs->name : QString();
}

} // namespace

ServersRunPage::ServersRunPage(ProfileModel *model, SecretStore *secrets, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_prompter(std::make_unique<WizardPrompter>(this)),
      m_run(new TopologyRun(m_prompter.get(), secrets, this))
{
    setTitle(tr("Run on the servers"));
    setSubTitle(tr("The database and filestore servers first, then every app server at once, then the proxy. "
                   "Each server has its own steps and log; a failure stops the phases after it."));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Not started."), this);
    m_status->setObjectName(QStringLiteral("serversRunStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serverTabs"));

    auto *bar = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("serversProgress"));
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("serversElapsed"));
    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_dryRun->setObjectName(QStringLiteral("serversDryRun"));
    m_dryRun->setToolTip(tr("Every server runs only the checks: shows what would change, changes nothing."));
    m_deploy = new QPushButton(tr("De&ploy"), this);
    m_deploy->setObjectName(QStringLiteral("serversDeploy"));
    m_cancel = new QPushButton(tr("Cancel &run"), this);
    m_cancel->setObjectName(QStringLiteral("serversCancelRun"));
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_elapsed);
    bar->addWidget(m_dryRun);
    bar->addWidget(m_deploy);
    m_maintain = new QPushButton(tr("Run the rolling &update"), this);
    m_maintain->setObjectName(QStringLiteral("serversStartMaintenance"));
    m_maintain->hide();
    bar->addWidget(m_maintain);
    bar->addWidget(m_cancel);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bar);

    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, [this] { m_elapsed->setText(tr("%1 s").arg(m_clock.elapsed() / 1000)); });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { startDeploy(true); });
    connect(m_deploy, &QPushButton::clicked, this, [this] { startDeploy(false); });
    connect(m_maintain, &QPushButton::clicked, this, &ServersRunPage::startMaintenance);
    connect(m_cancel, &QPushButton::clicked, this, &ServersRunPage::cancelRun);
    // A rolling update's first look at each app server only says what it would take.
    connect(m_run, &TopologyRun::taskStarted, this, [this](const QString &server, bool changes) {
        if (changes)
            m_lookingOnly.remove(server);
        else
            m_lookingOnly.insert(server);
        setTabState(server, QStringLiteral("▶"));
    });

    connect(m_run, &TopologyRun::phaseStarted, this, [this](int phase, const QStringList &servers) {
        m_status->setText(tr("Phase %1: %2.").arg(phase + 1).arg(servers.join(QStringLiteral(", "))));
        for (const QString &server : servers)
            setTabState(server, QStringLiteral("▶"));
    });
    connect(m_run, &TopologyRun::status, this, [this](const QString &server, const QString &message) {
        if (!m_views.contains(server)) {
            m_status->setText(message);
            return;
        }
        m_views[server].log->appendNote(message);
    });
    connect(m_run, &TopologyRun::keychainUnavailable, this, [this](const QString &message) {
        for (const ServerView &view : std::as_const(m_views))
            view.log->appendNote(message);
    });
    connect(m_run, &TopologyRun::requirementsChecked, this, [this](const QString &server, const QList<Requirement> &requirements) {
        if (!m_views.contains(server))
            return;
        for (const Requirement &r : requirements)
            m_views[server].log->appendNote(r.mandatory ? tr("Refused: %1").arg(r.text) : tr("Warning: %1").arg(r.text));
    });
    // A deploy probes first, then plans for what it found: the list follows.
    connect(m_run, &TopologyRun::planned, this, [this](const QString &server, const QList<RemoteStep> &steps) {
        if (!m_views.contains(server))
            return;
        ServerView &view = m_views[server];
        view.steps->showSteps(steps);
        view.done = 0;
        view.finished = false; // a server may run again in a later stage (the proxy, in a rolling update)
        updateProgress();
    });
    connect(m_run, &TopologyRun::stepStarted, this, [this](const QString &server, int i) {
        if (!m_views.contains(server))
            return;
        const ServerView &view = m_views[server];
        view.steps->markStarted(i);
        view.log->appendNote(QStringLiteral("▶ %1").arg(view.steps->steps().value(i).title));
    });
    connect(m_run, &TopologyRun::output, this, [this](const QString &server, int, int stream, const QString &text) {
        if (m_views.contains(server))
            m_views[server].log->append(text, stream == int(OutputStream::Stderr));
    });
    connect(m_run, &TopologyRun::stepFinished, this, [this](const QString &server, int i, const StepOutcome &o) {
        if (!m_views.contains(server))
            return;
        ServerView &view = m_views[server];
        const bool lookOnly = m_checking || m_lookingOnly.contains(server);
        view.steps->markFinished(i, o, lookOnly);
        // A rolling update's first look counts as nothing changed.
        if (o.status == StepOutcome::Status::Changed && (m_checking || !lookOnly))
            ++view.changed;
        if (o.status == StepOutcome::Status::Changed || o.status == StepOutcome::Status::Unchanged)
            ++view.done;
        if (!o.message.isEmpty())
            view.log->appendNote(o.message);
        updateProgress();
    });
    // The fingerprint of the proxy's self-signed certificate: the health check trusts it.
    connect(m_run, &TopologyRun::recorded, this, [this](const QString &, const OperationRecord &record) {
        if (!record.certificatePin.isEmpty() && record.certificatePin != m_model->profile().web.certificatePin)
            m_model->edit([&](DeploymentProfile &p) { p.web.certificatePin = record.certificatePin; });
        // A backup's folder (a module upgrade takes one, too), and where it was downloaded.
        if (const QString written = record.details.value(QStringLiteral("backup")).toString(); !written.isEmpty())
            m_backupWritten = written;
        if (const QString local = record.details.value(QStringLiteral("downloaded")).toString(); !local.isEmpty())
            m_downloaded = local;
    });
    connect(m_run, &TopologyRun::serverFinished, this, [this](const QString &server, bool success, const QString &failure) {
        if (!m_views.contains(server))
            return;
        ServerView &view = m_views[server];
        view.finished = true;
        view.failed = !success;
        setTabState(server, success ? QStringLiteral("✔") : QStringLiteral("✘"));
        if (!failure.isEmpty())
            view.log->appendNote(failure);
        if (!success)
            m_tabs->setCurrentWidget(view.tab);
        updateProgress();
    });
    connect(m_run, &TopologyRun::failed, this, [this](const QString &message) { m_failure = message; });
    connect(m_run, &TopologyRun::finished, this, &ServersRunPage::showFinished);
}

// The run (a child) asks through m_prompter: it goes first, not after the members.
ServersRunPage::~ServersRunPage() { delete m_run; }

void ServersRunPage::initializePage()
{
    if (m_run->isRunning())
        return;
    rebuildTabs(serversInOrder());
    const bool maintaining = m_maintenance != Maintenance::None;
    m_dryRun->setVisible(!maintaining);
    m_deploy->setVisible(!maintaining);
    m_maintain->setVisible(maintaining);
    m_maintain->setText(maintenanceButtonText());
    switch (m_maintenance) {
    case Maintenance::None:
        setSubTitle(tr("The database and filestore servers first, then every app server at once, then the proxy. "
                       "Each server has its own steps and log; a failure stops the phases after it."));
        m_status->setText(tr("Ready: %1 servers. A dry run shows what would change on each.").arg(m_model->profile().topology.hosts.size()));
        break;
    case Maintenance::Update:
        setSubTitle(tr("The app servers one at a time, each out of the proxy's upstreams while it updates: the site keeps "
                       "answering through the others. Each server has its own steps and log."));
        break;
    case Maintenance::Backup:
        setSubTitle(tr("The first app server keeps the backups: it dumps the database server's database over TLS and archives "
                       "the shared filestore through its mount."));
        break;
    case Maintenance::Upgrade:
        setSubTitle(tr("The first app server upgrades the modules after a backup, while the other app servers are stopped so "
                       "that none serves from a database whose modules change; they start again after it."));
        break;
    case Maintenance::Restore:
        setSubTitle(tr("The first app server restores the backup into the database server's database and the shared filestore, "
                       "keeping them as they are now; the other app servers are stopped meanwhile."));
        break;
    case Maintenance::Rollback:
        setSubTitle(tr("The first app server goes back to the database, filestore and commit from before the newest update or "
                       "module upgrade; the other app servers are stopped meanwhile, go back to that commit and start again."));
        break;
    case Maintenance::Staging:
        setSubTitle(tr("Every server taking part looks first; then the database server copies the database, the first app "
                       "server runs the copy and the proxy serves its site. Production keeps running."));
        break;
    case Maintenance::RemoveStaging:
        setSubTitle(tr("The proxy's staging site first, then the copy's service and folders, then its database."));
        break;
    }
    if (maintaining)
        m_status->setText(maintenanceReadyText());
    updateButtons();
}

void ServersRunPage::setMaintenance(Maintenance kind, const QString &argument, bool checkOnly, const QString &downloadTo)
{
    m_maintenance = kind;
    m_argument = argument;
    m_maintenanceCheck = checkOnly;
    m_downloadTo = downloadTo;
}

TopologyMaintenance::Stages ServersRunPage::stagesFor(const DeploymentProfile &deployment, Maintenance kind, const QString &argument,
                                                      bool checkOnly, const QString &downloadTo, QString *problem)
{
    switch (kind) {
    case Maintenance::Update:
        return TopologyMaintenance::rollingUpdate(deployment, argument, checkOnly);
    case Maintenance::Backup:
        return TopologyMaintenance::backup(deployment, checkOnly, downloadTo);
    case Maintenance::Upgrade:
        return TopologyMaintenance::moduleUpgrade(deployment, argument, checkOnly);
    case Maintenance::Restore:
        return TopologyMaintenance::restore(deployment, argument, false, checkOnly);
    case Maintenance::Rollback: {
        DeploymentState state;
        if (!StateStore::load(TopologyProfile::forBackups(deployment), &state, problem))
            return {};
        const RollbackPoint point = RollbackPoint::fromJournal(state);
        *problem = point.problem;
        return point.problem.isEmpty() ? TopologyMaintenance::rollback(deployment, point, checkOnly) : TopologyMaintenance::Stages{};
    }
    case Maintenance::Staging:
        return TopologyMaintenance::staging(deployment, checkOnly);
    case Maintenance::RemoveStaging:
        return TopologyMaintenance::removeStaging(deployment, checkOnly);
    case Maintenance::None:
        break;
    }
    return {};
}

TopologyMaintenance::Stages ServersRunPage::maintenanceStages() const
{
    QString problem;
    return stagesFor(m_model->profile(), m_maintenance, m_argument, m_maintenanceCheck, m_downloadTo, &problem);
}

QString ServersRunPage::maintenanceButtonText() const
{
    switch (m_maintenance) {
    case Maintenance::Update:
        return m_maintenanceCheck ? tr("&Check what the rolling update would take") : tr("Run the rolling &update");
    case Maintenance::Backup:
        return m_maintenanceCheck ? tr("&Check the room for a backup") : tr("&Back up");
    case Maintenance::Upgrade:
        return m_maintenanceCheck ? tr("&Check what the module upgrade would do") : tr("Run the module &upgrade");
    case Maintenance::Restore:
        return m_maintenanceCheck ? tr("&Check what the restore would do") : tr("&Restore");
    case Maintenance::Rollback:
        return m_maintenanceCheck ? tr("&Check what the rollback would do") : tr("&Roll back");
    case Maintenance::Staging:
        return m_maintenanceCheck ? tr("&Check what the staging copy would do") : tr("Make the staging co&py");
    case Maintenance::RemoveStaging:
        return m_maintenanceCheck ? tr("&Check what removing the copy would do") : tr("Remo&ve the staging copy");
    case Maintenance::None:
        break;
    }
    return {};
}

QString ServersRunPage::maintenanceReadyText() const
{
    const QString keeper = TopologyProfile::forBackups(m_model->profile()).topology.self;
    switch (m_maintenance) {
    case Maintenance::Update:
        return m_maintenanceCheck ? tr("Ready: every app server says what it would take; nothing changes.")
                                  : tr("Ready: first every app server says what it would take; then those with something new "
                                       "update one at a time, and before the first of them %1 backs up the database and the filestore.")
                                        .arg(keeper);
    case Maintenance::Backup:
        if (m_maintenanceCheck)
            return tr("Ready: %1 says where the backup would go and how much room there is; nothing is written.").arg(keeper);
        return m_downloadTo.isEmpty() ? tr("Ready: %1 writes the backup.").arg(keeper)
                                      : tr("Ready: %1 writes the backup; then it is downloaded into %2.").arg(keeper, m_downloadTo);
    case Maintenance::Upgrade:
        return m_maintenanceCheck ? tr("Ready: %1 says what upgrading %2 would do; nothing changes.").arg(keeper, m_argument)
                                  : tr("Ready: %1 upgrades %2 after a backup, with the other app servers stopped meanwhile.").arg(keeper, m_argument);
    case Maintenance::Restore:
        return m_maintenanceCheck ? tr("Ready: %1 says what restoring %2 would do; nothing changes.").arg(keeper, m_argument)
                                  : tr("Ready: %1 restores %2, with the other app servers stopped meanwhile.").arg(keeper, m_argument);
    case Maintenance::Rollback:
        return m_maintenanceCheck ? tr("Ready: %1 says what the rollback would do; nothing changes.").arg(keeper)
                                  : tr("Ready: the app servers go back, %1 first, with the others stopped meanwhile.").arg(keeper);
    case Maintenance::Staging:
        return m_maintenanceCheck ? tr("Ready: each server says what the staging copy would change there; nothing changes.")
                                  : tr("Ready: the copy at %1, with its own service on %2.").arg(StagingProfile::url(m_model->profile()), stagingServerName(m_model->profile()));
    case Maintenance::RemoveStaging:
        return m_maintenanceCheck ? tr("Ready: each server says what removing the copy would change there; nothing changes.")
                                  : tr("Ready: the staging copy is removed from every server it is on; production is not touched.");
    case Maintenance::None:
        break;
    }
    return {};
}

QString ServersRunPage::maintenanceDoneText(int changed, const QStringList &changing) const
{
    const QString keeper = TopologyProfile::forBackups(m_model->profile()).topology.self;
    switch (m_maintenance) {
    case Maintenance::Update:
        if (m_maintenanceCheck)
            return tr("Rolling update, checked: %1 steps would change something; nothing was changed. The app servers' tabs say what each would take.")
                .arg(changed);
        if (changed == 0)
            return tr("Rolling update: every app server is already there; nothing was changed.");
        return tr("Rolling update done: %1 updated one at a time (%2 steps changed something).").arg(changing.join(QStringLiteral(", "))).arg(changed);
    case Maintenance::Backup:
        if (m_maintenanceCheck)
            return tr("Checked on %1: its tab says where the backup would go and how much room there is; nothing was written.").arg(keeper);
        return m_downloaded.isEmpty() ? tr("Backup written on %1: %2.").arg(keeper, m_backupWritten)
                                      : tr("Backup written on %1: %2; downloaded into %3, checksums verified.").arg(keeper, m_backupWritten, m_downloaded);
    case Maintenance::Upgrade:
        if (m_maintenanceCheck)
            return tr("Checked on %1: its tab says what the upgrade would run; nothing was changed.").arg(keeper);
        return tr("Modules %1 upgraded on %2 after the backup %3; the other app servers run again.").arg(m_argument, keeper, m_backupWritten);
    case Maintenance::Restore:
        if (m_maintenanceCheck)
            return tr("Checked on %1: its tab says what the restore would do; nothing was changed.").arg(keeper);
        return tr("Backup %1 restored on %2, what was there kept there; the other app servers run again.").arg(m_argument, keeper);
    case Maintenance::Rollback:
        if (m_maintenanceCheck)
            return tr("Checked on %1: its tab says what the rollback would do; nothing was changed.").arg(keeper);
        return tr("Rolled back: the database, the filestore and every app server's code are as they were before; the app servers run again.");
    case Maintenance::Staging:
        if (m_maintenanceCheck)
            return tr("Checked: %1 steps would change something; nothing was changed. Each server's tab says what.").arg(changed);
        return changed == 0 ? tr("The staging copy at %1 is already there; nothing was changed.").arg(StagingProfile::url(m_model->profile()))
                            : tr("The staging copy answers at %1 (its own service on %2). The health page shows production.")
                                  .arg(StagingProfile::url(m_model->profile()), stagingServerName(m_model->profile()));
    case Maintenance::RemoveStaging:
        if (m_maintenanceCheck)
            return tr("Checked: %1 steps would change something; nothing was changed. Each server's tab says what.").arg(changed);
        return changed == 0 ? tr("There is no staging copy; nothing was changed.") : tr("The staging copy was removed; production was not touched.");
    case Maintenance::None:
        break;
    }
    return {};
}

bool ServersRunPage::startMaintenance()
{
    if (m_maintenance == Maintenance::None || m_run->isRunning() || !Validation::validate(m_model->profile()).isEmpty()
        || !m_model->profile().topology.spansServers())
        return false;
    const DeploymentProfile &deployment = m_model->profile();
    QString problem;
    const TopologyMaintenance::Stages stages = stagesFor(deployment, m_maintenance, m_argument, m_maintenanceCheck, m_downloadTo, &problem);
    if (!problem.isEmpty() || stages.first.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    rebuildTabs(stages.servers);
    m_stopsOthers = stages.stopsOtherAppServers;
    m_checking = !stages.changesServers;
    m_failure.clear();
    m_lookingOnly.clear();
    m_backupWritten.clear();
    m_downloaded.clear();
    m_status->setText(tr("Connecting…"));
    m_clock.start();
    m_tick.start();
    // The wizard's user said yes by pressing the button: the question is not asked again.
    m_run->startStages(deployment, stages.first, stages.question, stages.changesServers, stages.writesOdooConfig, stages.next);
    updateButtons();
    Q_EMIT completeChanged();
    return true;
}

void ServersRunPage::cleanupPage() { cancelRun(); }

bool ServersRunPage::isComplete() const { return !m_run->isRunning(); }

int ServersRunPage::nextId() const { return DeployWizard::ServersHealth; }

void ServersRunPage::setOperationFor(TopologyRun::OperationFor operationFor, bool changesServers)
{
    m_override = std::move(operationFor);
    m_overrideChanges = changesServers;
}

bool ServersRunPage::startDeploy(bool checkOnly)
{
    if (m_run->isRunning() || !Validation::validate(m_model->profile()).isEmpty() || !m_model->profile().topology.spansServers())
        return false;
    if (m_override) {
        start(m_override, m_overrideChanges && !checkOnly, checkOnly);
        return true;
    }
    start([checkOnly](const DeploymentProfile &) { return std::make_shared<DeployOperation>(checkOnly); }, !checkOnly, checkOnly);
    return true;
}

void ServersRunPage::start(TopologyRun::OperationFor operationFor, bool changesServers, bool checkOnly)
{
    rebuildTabs(serversInOrder());
    m_checking = checkOnly;
    m_failure.clear();
    m_lookingOnly.clear();
    m_status->setText(checkOnly ? tr("Dry run: every server only says what would change.") : tr("Deploying…"));
    m_clock.start();
    m_tick.start();
    m_run->start(m_model->profile(), std::move(operationFor), changesServers);
    updateButtons();
    Q_EMIT completeChanged();
}

void ServersRunPage::cancelRun()
{
    if (!m_run->isRunning())
        return;
    m_status->setText(tr("Cancelling: stopping the remote commands…"));
    m_run->cancel();
}

StepList *ServersRunPage::stepsOf(const QString &server) const { return m_views.value(server).steps; }

LogPane *ServersRunPage::logOf(const QString &server) const { return m_views.value(server).log; }

QStringList ServersRunPage::serversInOrder() const
{
    // A maintenance works on some of them only.
    if (m_maintenance != Maintenance::None)
        return maintenanceStages().servers;
    QStringList out;
    for (const QStringList &phase : TopologyRun::phases(m_model->profile()))
        out += phase;
    return out;
}

void ServersRunPage::rebuildTabs(const QStringList &servers)
{
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        tab->deleteLater();
    }
    m_views.clear();
    for (const QString &server : servers) {
        ServerView view;
        auto *splitter = new QSplitter(Qt::Vertical);
        splitter->setObjectName(QStringLiteral("server-%1").arg(server));
        view.tab = splitter;
        view.steps = new StepList(splitter);
        view.steps->setObjectName(QStringLiteral("steps-%1").arg(server));
        view.log = new LogPane(splitter);
        splitter->setStretchFactor(1, 3);
        m_tabs->addTab(splitter, QStringLiteral("○ %1").arg(server));
        m_views.insert(server, view);
    }
    updateProgress();
}

void ServersRunPage::setTabState(const QString &server, const QString &glyph)
{
    const int index = m_tabs->indexOf(m_views.value(server).tab);
    if (index >= 0)
        m_tabs->setTabText(index, QStringLiteral("%1 %2").arg(glyph, server));
}

void ServersRunPage::updateProgress()
{
    // Each server weighs the same; its share grows with its steps.
    constexpr int kPerServer = 1000;
    int value = 0;
    for (const ServerView &view : std::as_const(m_views)) {
        const qsizetype steps = view.steps->steps().size();
        value += view.finished && !view.failed ? kPerServer : steps > 0 ? int(kPerServer * view.done / steps) : 0;
    }
    m_progress->setRange(0, qMax(1, int(m_views.size()) * kPerServer));
    m_progress->setValue(value);
}

void ServersRunPage::updateButtons()
{
    const bool running = m_run->isRunning();
    const bool valid = Validation::validate(m_model->profile()).isEmpty();
    m_dryRun->setEnabled(!running && valid);
    m_deploy->setEnabled(!running && valid);
    m_maintain->setEnabled(!running && valid);
    m_cancel->setEnabled(running);
}

void ServersRunPage::showFinished(bool success)
{
    m_tick.stop();
    m_elapsed->setText(tr("%1 s").arg(m_clock.elapsed() / 1000));
    int changed = 0;
    int steps = 0;
    QStringList changing;
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        changed += it->changed;
        steps += int(it->steps->steps().size());
        if (it->changed > 0)
            changing << it.key();
    }
    changing.sort();
    const int servers = int(m_views.size());
    if (!success && m_maintenance != Maintenance::None && m_stopsOthers)
        m_status->setText(tr("%1 The other app servers stay stopped, so that none serves from a database in doubt; a deployment "
                             "starts them again once it is mended.")
                              .arg(m_failure.isEmpty() ? tr("Stopped.") : m_failure));
    else if (!success)
        m_status->setText(m_failure.isEmpty() ? tr("Stopped.") : m_failure);
    else if (m_maintenance != Maintenance::None)
        m_status->setText(maintenanceDoneText(changed, changing));
    else if (m_checking && changed == 0)
        m_status->setText(tr("Dry run: nothing would change on any of the %1 servers (%2 steps checked).").arg(servers).arg(steps));
    else if (m_checking)
        m_status->setText(tr("Dry run: %1 of %2 steps would change something, on %3; nothing was changed.")
                              .arg(changed)
                              .arg(steps)
                              .arg(changing.join(QStringLiteral(", "))));
    else if (changed == 0)
        m_status->setText(tr("Nothing to change: all %1 servers were already as wanted (%2 steps checked).").arg(servers).arg(steps));
    else
        m_status->setText(tr("Deployed on %1 servers: %2 steps changed something (on %3), %4 were already as wanted.")
                              .arg(servers)
                              .arg(changed)
                              .arg(changing.join(QStringLiteral(", ")))
                              .arg(steps - changed));
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT runFinished(success);
}

} // namespace odoodeploy
