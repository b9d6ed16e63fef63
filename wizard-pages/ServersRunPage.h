#pragma once
// The run page of a deployment on several servers (docs/topology.md): one tab per
// server with its own step list and log, the phases in order (database and files, the
// app servers at once, the proxy), overall progress, Cancel. A failure on one server
// stops the phases after it, and the status line names the server and its step.

#include "ProfileModel.h"
#include "ops/TopologyMaintenance.h"
#include "ops/TopologyRun.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace odoodeploy {

class LogPane;
class SecretStore;
class StepList;
class WizardPrompter;

class ServersRunPage : public QWizardPage
{
    Q_OBJECT
public:
    ServersRunPage(ProfileModel *model, SecretStore *secrets, QWidget *parent = nullptr);
    ~ServersRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    // checkOnly: a dry run (each server says what would change); else the deployment.
    bool startDeploy(bool checkOnly);
    void cancelRun();
    // What each server runs instead of the deployment (tests).
    void setOperationFor(TopologyRun::OperationFor operationFor, bool changesServers);
    // A maintenance instead of the deployment (the maintain page's choice, run as
    // TopologyMaintenance has it): a rolling update to `argument` (a branch, tag or
    // commit; empty: the newest commit of the profile's branch), a backup on the first
    // app server (then downloaded into `downloadTo`, when set), a module upgrade of the
    // modules `argument`, a restore of the backup `argument`, or a rollback to the newest
    // update or module upgrade in the first app server's journal, a staging copy or its
    // removal. None: the deployment's run again.
    enum class Maintenance { None, Update, Backup, Upgrade, Restore, Rollback, Staging, RemoveStaging };
    void setMaintenance(Maintenance kind, const QString &argument = {}, bool checkOnly = false, const QString &downloadTo = {});
    Maintenance maintenance() const { return m_maintenance; }
    bool startMaintenance();
    // Those stages, as this page runs them and the maintain page lists them; empty, with
    // *problem, when they cannot run (a rollback without a point to go back to).
    static TopologyMaintenance::Stages stagesFor(const DeploymentProfile &deployment, Maintenance kind, const QString &argument, bool checkOnly,
                                                 const QString &downloadTo, QString *problem);

    // The tab of one server: its step list and log (tests look at them).
    StepList *stepsOf(const QString &server) const;
    LogPane *logOf(const QString &server) const;

Q_SIGNALS:
    void runFinished(bool success);

private:
    struct ServerView {
        QWidget *tab = nullptr;
        StepList *steps = nullptr;
        LogPane *log = nullptr;
        int done = 0;
        int changed = 0;
        bool finished = false;
        bool failed = false;
    };
    void rebuildTabs(const QStringList &servers);
    QStringList serversInOrder() const;
    void start(TopologyRun::OperationFor operationFor, bool changesServers, bool checkOnly);
    void setTabState(const QString &server, const QString &glyph);
    void updateProgress();
    void updateButtons();
    void showFinished(bool success);
    TopologyMaintenance::Stages maintenanceStages() const;
    QString maintenanceButtonText() const;
    QString maintenanceReadyText() const;
    QString maintenanceDoneText(int changed, const QStringList &changing) const;

    ProfileModel *m_model;
    std::unique_ptr<WizardPrompter> m_prompter;
    TopologyRun *m_run;
    TopologyRun::OperationFor m_override;
    bool m_overrideChanges = false;
    bool m_checking = false;
    Maintenance m_maintenance = Maintenance::None;
    QString m_argument;    // the update's target, or the modules
    bool m_maintenanceCheck = false;
    QString m_downloadTo;  // the backup's
    QString m_backupWritten, m_downloaded; // this run's, as recorded
    bool m_stopsOthers = false;            // this run stops the other app servers around the first one's work
    QSet<QString> m_lookingOnly; // servers whose current task only says what it would change
    QString m_failure;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QHash<QString, ServerView> m_views;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QPushButton *m_dryRun;
    QPushButton *m_deploy;
    QPushButton *m_cancel;
    QPushButton *m_maintain;
    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace odoodeploy
