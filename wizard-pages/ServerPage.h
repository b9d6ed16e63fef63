#pragma once
// Where to deploy: address, SSH port, login and how to authenticate.

#include "ProfilePage.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace odoodeploy {

class ServerPage : public ProfilePage
{
    Q_OBJECT
public:
    explicit ServerPage(ProfileModel *model, QWidget *parent = nullptr);

protected:
    void loadFromProfile() override;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_keyFile;
    QWidget *m_keyRow;
    QLineEdit *m_jumpHost;
    QSpinBox *m_timeout;
};

} // namespace odoodeploy
