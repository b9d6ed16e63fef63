#pragma once
// Maintain a deployed server: pick an action (back up, update, upgrade modules, roll
// back, restore), give what it needs, see the steps it will run. The run page runs it
// next, with the live log; the health page follows. The page builds an operation of
// the core, never a command.

#include "ProfileModel.h"
#include "ops/Operation.h"

#include <QWizardPage>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace odoodeploy {

class MaintainPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Action { Backup, Update, Upgrade, Rollback, Restore, Staging, RemoveStaging };

    explicit MaintainPage(ProfileModel *model, QWidget *parent = nullptr);

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

    ProfileModel *m_model;
    QButtonGroup *m_actions;
    QStackedWidget *m_options;
    QLineEdit *m_target;
    QLineEdit *m_modules;
    QLineEdit *m_backup;
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
