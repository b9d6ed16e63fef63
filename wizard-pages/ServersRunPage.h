#pragma once
// The run page of a deployment on several servers (docs/topology.md): one tab per
// server with its own step list and log, the phases in order (database and files, the
// app servers at once, the proxy), overall progress, Cancel. A failure on one server
// stops the phases after it, and the status line names the server and its step.

#include "ProfileModel.h"
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
    // A rolling update (the maintain page's choice) instead of the deployment: the app
    // servers one at a time, out of the proxy's upstreams meanwhile; an empty target is
    // the newest commit of the profile's branch. Off: the deployment's run again.
    void setRollingUpdate(bool on, const QString &target = {}, bool checkOnly = false);
    bool isRollingUpdate() const { return m_rolling; }
    bool startRollingUpdate();

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

    ProfileModel *m_model;
    std::unique_ptr<WizardPrompter> m_prompter;
    TopologyRun *m_run;
    TopologyRun::OperationFor m_override;
    bool m_overrideChanges = false;
    bool m_checking = false;
    bool m_rolling = false;
    QString m_rollingTarget;
    bool m_rollingCheck = false;
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
