#pragma once
// Runs an operation with a live view: the step list with status, the log pane,
// progress and elapsed time, Cancel, and Retry from the failed step: the read-only
// checks of the server, a dry run, or the deployment.

#include "ProfileModel.h"
#include "ops/Operation.h"
#include "remote/StepRunner.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace odoodeploy {

class ConnectionFlow;
class LogPane;
class StepList;
class SecretStore;

class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    RunPage(ProfileModel *model, SecretStore *secrets, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    enum class Mode { Preflight, DryRun, Deploy, Maintain };

    // The steps to run; without a plan the page runs the read-only preflight checks.
    void setPlan(const QList<RemoteStep> &steps);
    // A maintenance action (the maintain page's choice) instead of the deployment's
    // checks and plan; null: the deployment's again.
    void setOperation(std::shared_ptr<const Operation> operation);
    void startRun(int firstStep = 0);
    // Dry run or deploy: the planner's steps for the probed server (same as the command line).
    bool startPlan(Mode mode);
    void cancelRun();
    LogPane *log() const { return m_log; }

Q_SIGNALS:
    void runFinished(bool success);

private:
    void updateElapsed();
    void updatePlanButtons();
    QStringList deployRefusals() const;
    void showSteps(const QList<RemoteStep> &steps);

    ProfileModel *m_model;
    ConnectionFlow *m_flow;
    std::shared_ptr<const Operation> m_operation;
    std::shared_ptr<const Operation> m_maintenance;
    QList<RemoteStep> m_steps;
    QList<RemoteStep> m_plan;
    QLabel *m_status;
    StepList *m_stepList;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    LogPane *m_log;
    QPushButton *m_start;
    QPushButton *m_dryRun;
    QPushButton *m_deploy;
    Mode m_mode = Mode::Preflight;
    int m_changed = 0;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QElapsedTimer m_clock;
    QTimer m_tick;
    int m_failedStep = -1;
    int m_done = 0;
};

} // namespace odoodeploy
