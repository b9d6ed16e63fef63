#pragma once
// First page: name a new deployment, or open a saved profile (recent ones listed);
// the window's language is chosen here too.

#include "ProfilePage.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace odoodeploy {

class StartPage : public ProfilePage
{
    Q_OBJECT
public:
    explicit StartPage(ProfileModel *model, QWidget *parent = nullptr);

    // Opens a profile and reports the outcome on the page; false keeps the current one.
    bool openProfile(const QString &path);
    // Straight to the health page for the opened profile (a deployed server).
    bool checkHealth();
    // On to the maintenance actions (update, backup, rollback, …) for the opened profile.
    bool maintain();
    // A profile an earlier odoo-deploy wrote (schema 1) is saved as such until the user
    // takes this offer: saved in the new form, which that odoo-deploy cannot open.
    bool saveInNewForm();
    int nextId() const override;
    void initializePage() override;

Q_SIGNALS:
    // The user picked another language for the window (empty: the system's).
    void languageChosen(const QString &code);

protected:
    void loadFromProfile() override;

private:
    void refreshRecent();
    void addLanguageChoice();
    bool jumpTo(int page);

    QLineEdit *m_name;
    QListWidget *m_recent;
    QLabel *m_status;
    QPushButton *m_newForm;
    int m_jump = -1; // a page to go to instead of the next one
};

} // namespace odoodeploy
