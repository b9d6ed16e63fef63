#include "RunPage.h"

#include "ConnectionFlow.h"
#include "LogPane.h"
#include "StepList.h"
#include "ops/Operations.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace odoodeploy {

RunPage::RunPage(ProfileModel *model, SecretStore *secrets, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_flow(new ConnectionFlow(model, secrets, this))
{
    setTitle(tr("Run"));
    setSubTitle(tr("The steps run on the server one after the other; their output streams into the log. "
                   "Cancel stops the remote command; Retry starts again from the step that failed."));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Not started."), this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_stepList = new StepList(splitter);
    m_log = new LogPane(splitter);
    splitter->setStretchFactor(1, 3);

    auto *bar = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_start = new QPushButton(tr("Check the &server"), this);
    m_start->setObjectName(QStringLiteral("startRun"));
    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setToolTip(tr("Runs only the checks: shows what would change, changes nothing."));
    m_deploy = new QPushButton(tr("De&ploy"), this);
    m_deploy->setObjectName(QStringLiteral("deploy"));
    m_cancel = new QPushButton(tr("Cancel &run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_retry = new QPushButton(tr("&Retry from the failed step"), this);
    m_retry->setObjectName(QStringLiteral("retryRun"));
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_elapsed);
    bar->addWidget(m_start);
    bar->addWidget(m_dryRun);
    bar->addWidget(m_deploy);
    bar->addWidget(m_cancel);
    bar->addWidget(m_retry);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(bar);

    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &RunPage::updateElapsed);
    connect(m_start, &QPushButton::clicked, this, [this] {
        m_mode = m_maintenance ? Mode::Maintain : Mode::Preflight;
        initializePage();
        startRun(0);
    });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { startPlan(Mode::DryRun); });
    connect(m_deploy, &QPushButton::clicked, this, [this] { startPlan(Mode::Deploy); });
    connect(m_model, &ProfileModel::factsChanged, this, &RunPage::updatePlanButtons);
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancelRun);
    connect(m_retry, &QPushButton::clicked, this, [this] { startRun(qMax(m_failedStep, 0)); });

    connect(m_flow, &ConnectionFlow::status, m_status, &QLabel::setText);
    connect(m_flow, &ConnectionFlow::keychainUnavailable, this, [this](const QString &message) { m_log->appendNote(message); });
    connect(m_flow, &ConnectionFlow::stateProblem, this, [this](const QString &message) { m_log->appendNote(message); });
    connect(m_flow, &ConnectionFlow::logFileOpened, m_log, &LogPane::setFullLogPath);
    connect(m_flow, &ConnectionFlow::connected, this, [this] {
        m_status->setText(tr("Connected to %1.").arg(m_model->profile().server.host));
        if (!m_model->profile().server.jumpHost.isEmpty())
            m_log->appendNote(tr("Reached through %1 by running the ssh program (libssh 0.10 has no ProxyJump of its own).")
                                  .arg(m_model->profile().server.jumpHost));
    });
    // An operation that probes first plans its steps then; same steps, facts filled in.
    connect(m_flow, &ConnectionFlow::planned, this, [this](const QList<RemoteStep> &steps) {
        if (steps.size() != m_steps.size())
            showSteps(steps);
        m_steps = steps;
    });
    connect(m_flow, &ConnectionFlow::stepStarted, this, [this](int i) {
        m_stepList->markStarted(i);
        m_log->appendNote(QStringLiteral("▶ %1").arg(m_steps.at(i).title));
    });
    connect(m_flow, &ConnectionFlow::output, this, [this](int, int stream, const QString &text) {
        m_log->append(text, stream == int(OutputStream::Stderr));
    });
    // A download's bytes: the bar shows them while it runs, then the steps again.
    connect(m_flow, &ConnectionFlow::progress, this, [this](int, qint64 done, qint64 total) {
        const double mib = 1024.0 * 1024.0;
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 1000);
        m_progress->setFormat(tr("%p % (%1 of %2 MiB)").arg(done / mib, 0, 'f', 1).arg(total / mib, 0, 'f', 1));
    });
    connect(m_flow, &ConnectionFlow::stepFinished, this, [this](int i, const StepOutcome &o) {
        m_progress->setRange(0, int(m_steps.size()));
        m_progress->resetFormat();
        m_progress->setValue(m_done);
        m_stepList->markFinished(i, o, m_mode == Mode::DryRun);
        if (o.status == StepOutcome::Status::Changed)
            ++m_changed;
        if (o.status == StepOutcome::Status::Failed || o.status == StepOutcome::Status::Cancelled)
            m_failedStep = i;
        if (o.status == StepOutcome::Status::Changed || o.status == StepOutcome::Status::Unchanged)
            m_progress->setValue(++m_done);
        if (!o.message.isEmpty())
            m_log->appendNote(o.message);
    });
    connect(m_flow, &ConnectionFlow::failed, this, [this](const QString &message) {
        m_status->setText(message);
        m_log->appendNote(message);
    });
    connect(m_flow, &ConnectionFlow::finished, this, [this](bool success) {
        m_tick.stop();
        updateElapsed();
        if (success) {
            m_failedStep = -1;
            if (m_mode == Mode::DryRun)
                m_status->setText(tr("Dry run: %1 of %2 steps would change something; nothing was changed.").arg(m_changed).arg(m_steps.size()));
            else if (m_mode == Mode::Deploy && m_changed == 0)
                m_status->setText(tr("Nothing to change: the server was already as wanted (%1 steps checked).").arg(m_steps.size()));
            else if (m_mode == Mode::Deploy)
                m_status->setText(tr("Deployed: %1 steps changed something, %2 were already as wanted.").arg(m_changed).arg(m_steps.size() - m_changed));
            else if (m_mode == Mode::Maintain)
                m_status->setText(m_maintenance->changesServer() ? tr("%1: done.").arg(m_maintenance->title())
                                                                 : tr("%1: nothing was changed.").arg(m_maintenance->title()));
            else
                m_status->setText(tr("All %1 steps finished.").arg(m_steps.size()));
        } else if (m_failedStep >= 0) {
            m_status->setText(tr("Stopped at “%1”.").arg(m_steps.at(m_failedStep).title));
        }
        m_start->setEnabled(true);
        m_cancel->setEnabled(false);
        m_retry->setEnabled(m_failedStep >= 0);
        updatePlanButtons();
        Q_EMIT completeChanged();
        Q_EMIT runFinished(success);
    });
}

void RunPage::setPlan(const QList<RemoteStep> &steps)
{
    m_plan = steps;
    if (isVisible() && !m_flow->isRunning())
        initializePage();
}

void RunPage::setOperation(std::shared_ptr<const Operation> operation)
{
    m_maintenance = std::move(operation);
}

void RunPage::initializePage()
{
    m_dryRun->setVisible(!m_maintenance);
    m_deploy->setVisible(!m_maintenance);
    m_start->setText(m_maintenance ? tr("&Run: %1").arg(m_maintenance->title()) : tr("Check the &server"));
    if (m_maintenance) {
        m_mode = Mode::Maintain;
        m_operation = m_maintenance;
        m_status->setText(tr("Ready: %1 on %2.").arg(m_maintenance->title(), m_model->profile().server.host));
    }
    // Without a plan: the read-only checks (what the server is, root, apt).
    else if (m_plan.isEmpty())
        m_operation = std::make_shared<ProbeOperation>(true);
    else
        m_operation = std::make_shared<StepsOperation>(QStringLiteral("steps"), tr("Run"), m_plan);
    showSteps(m_operation->steps(m_model->profile(), m_model->facts()));
}

void RunPage::showSteps(const QList<RemoteStep> &steps)
{
    m_steps = steps;
    m_stepList->showSteps(steps);
    m_progress->setRange(0, int(m_steps.size()));
    m_progress->setValue(0);
    m_elapsed->clear();
    m_cancel->setEnabled(false);
    m_retry->setEnabled(false);
    m_start->setEnabled(true);
    m_failedStep = -1;
    updatePlanButtons();
}

QStringList RunPage::deployRefusals() const
{
    QStringList refusals;
    for (const Requirement &r : DeployOperation(false).requirements(m_model->profile(), m_model->facts()))
        if (r.mandatory)
            refusals << r.text;
    return refusals;
}

void RunPage::updatePlanButtons()
{
    if (m_maintenance)
        return; // no deployment here: nothing to refuse
    const bool ready = m_model->facts().probed && !m_flow->isRunning();
    const QStringList refusals = ready ? deployRefusals() : QStringList();
    m_dryRun->setEnabled(ready && refusals.isEmpty());
    m_deploy->setEnabled(ready && refusals.isEmpty());
    if (!refusals.isEmpty())
        m_status->setText(tr("This server cannot take this deployment:\n%1").arg(refusals.join(QLatin1Char('\n'))));
    else if (!m_model->facts().probed && !m_flow->isRunning())
        m_dryRun->setToolTip(tr("Check the server first: the plan depends on what it has."));
}

bool RunPage::startPlan(Mode mode)
{
    if (m_flow->isRunning() || !m_model->facts().probed || !deployRefusals().isEmpty())
        return false;
    m_operation = std::make_shared<DeployOperation>(mode == Mode::DryRun);
    m_mode = mode;
    showSteps(m_operation->steps(m_model->profile(), m_model->facts()));
    startRun(0);
    return true;
}

void RunPage::cleanupPage() { cancelRun(); }

bool RunPage::isComplete() const { return !m_flow->isRunning(); }

void RunPage::startRun(int firstStep)
{
    if (m_flow->isRunning())
        return;
    m_stepList->markWaitingFrom(firstStep);
    m_done = firstStep;
    m_changed = 0;
    m_progress->setValue(m_done);
    m_failedStep = -1;
    m_start->setEnabled(false);
    m_dryRun->setEnabled(false);
    m_deploy->setEnabled(false);
    m_retry->setEnabled(false);
    m_cancel->setEnabled(true);
    m_clock.start();
    m_tick.start();
    m_flow->start(m_operation, firstStep);
    Q_EMIT completeChanged();
}

void RunPage::cancelRun()
{
    if (!m_flow->isRunning())
        return;
    m_status->setText(tr("Cancelling: stopping the remote command…"));
    m_flow->cancel();
}

void RunPage::updateElapsed()
{
    if (m_clock.isValid())
        m_elapsed->setText(tr("%1 s").arg(m_clock.elapsed() / 1000));
}

} // namespace odoodeploy
