#pragma once
// The web side: domain name, certificate (none, self-signed, Let's Encrypt, existing
// files) and HSTS.

#include "ProfilePage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QWidget;

namespace odoodeploy {

class CertificatePage : public ProfilePage
{
    Q_OBJECT
public:
    explicit CertificatePage(ProfileModel *model, QWidget *parent = nullptr);
    void initializePage() override;

protected:
    void loadFromProfile() override;

private:
    void showModeFields();
    QWidget *fileRow(QLineEdit **edit, const char *name, const QString &title,
                     void (*store)(DeploymentProfile &, const QString &));

    QLineEdit *m_domain;
    QComboBox *m_mode;
    QLineEdit *m_email;
    QLineEdit *m_acmeServer;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QWidget *m_emailRow;
    QWidget *m_certRow;
    QWidget *m_keyRow;
    QLineEdit *m_caFile;
    QCheckBox *m_hsts;
    QCheckBox *m_firewall;
};

} // namespace odoodeploy
