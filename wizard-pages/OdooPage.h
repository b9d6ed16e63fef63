#pragma once
// Which Odoo, from where, into which folder, for which database; the master password.

#include "ProfilePage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace odoodeploy {

class OdooPage : public ProfilePage
{
    Q_OBJECT
public:
    explicit OdooPage(ProfileModel *model, QWidget *parent = nullptr);
    ~OdooPage() override;

    // Starts hashing a new random master password off the UI thread.
    void generateMasterPassword();

protected:
    void loadFromProfile() override;

private:
    void applyMasterPasswordMode();

    QComboBox *m_version;
    QLineEdit *m_gitUrl;
    QLineEdit *m_branch;
    QLineEdit *m_installDir;
    QLineEdit *m_systemUser;
    QLineEdit *m_database;
    QLineEdit *m_dbFilter;
    QLineEdit *m_wkhtmltopdf;
    QCheckBox *m_demo;
    QSpinBox *m_httpPort;
    QSpinBox *m_realtimePort;
    QRadioButton *m_managerOn;
    QRadioButton *m_managerOff;
    QPushButton *m_generate;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QThread *m_hashing = nullptr;
};

} // namespace odoodeploy
