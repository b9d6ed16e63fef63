#pragma once
// Maintain a deployed server: pick an action (back up, update, upgrade modules, roll
// back, restore — a backup picked from the server's list —, make or remove a staging
// copy), give what it needs, see the steps it will run. The run page runs it
// next, with the live log; the health page follows. The page builds an operation of
// the core, never a command. On several servers: the update, backup and module upgrade
// of TopologyMaintenance, on the run page of the servers.

#include "ProfileModel.h"
#include "ServersRunPage.h"
#include "ops/Operation.h"
#include "plan/Backup.h"

#include <QWizardPage>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace odoodeploy {

class ConnectionFlow;
class SecretStore;

class MaintainPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Action { Backup, Update, Upgrade, Rollback, Restore, Staging, RemoveStaging };

    MaintainPage(ProfileModel *model, SecretStore *secrets, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    void setAction(Action action);
    // The operation the choices make, or null with the reason in *problem.
    std::shared_ptr<const Operation> operation(QString *problem) const;

private:
    void refresh();
    void refreshServers();
    // Several servers: what the run page of the servers runs for the chosen action
    // (argument: the update's target or the modules); None, with *problem, when refused.
    ServersRunPage::Maintenance serversMaintenance(QString *argument, QString *downloadTo, QString *problem) const;
    // The backup's download folder (empty: none), or *problem when it is not a full path.
    QString downloadFolder(QString *problem) const;
    // The backup to restore: its name as typed, or for "latest" the newest in the journal
    // (on several servers, the first app server's); *problem when there is none.
    QString backupToRestore(QString *problem) const;
    QWidget *restoreOptions();
    void listBackups();
    void showBackups(const QList<Backup::Listed> &backups);

    ProfileModel *m_model;
    ConnectionFlow *m_flow; // reads the server's list of backups
    QButtonGroup *m_actions;
    QStackedWidget *m_options;
    QLineEdit *m_target;
    QLineEdit *m_modules;
    QLineEdit *m_backup;
    QPushButton *m_listBackups;
    QLabel *m_listStatus;
    QListWidget *m_serverBackups;
    QLabel *m_rollbackPoint;
    QCheckBox *m_stagingTemplate;
    QCheckBox *m_download;
    QLineEdit *m_downloadFolder;
    QLabel *m_stagingInfo;
    QCheckBox *m_checkOnly;
    QListWidget *m_steps;
    QLabel *m_problem;
    bool m_ready = false;
};

} // namespace odoodeploy
