#pragma once
// Where to deploy: address, SSH port, login and how to authenticate.

#include "ProfilePage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace odoodeploy {

class ConnectionFlow;
class SecretStore;

class ServerPage : public ProfilePage
{
    Q_OBJECT
public:
    ServerPage(ProfileModel *model, SecretStore *secrets, QWidget *parent = nullptr);

    // Connects, checks the host key (asking if it is new) and probes the server.
    void probe();
    // Makes the profile a deployment on several servers: this server becomes the app
    // server and proxy "app1", next to a new database server "db"; the Servers page follows.
    void spreadOverServers();
    int nextId() const override;

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
    QCheckBox *m_upgrade;
    QPushButton *m_probe;
    QLabel *m_probeStatus;
    QPushButton *m_spread;
    ConnectionFlow *m_flow;
};

} // namespace odoodeploy
