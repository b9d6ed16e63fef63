#pragma once
// The servers of a deployment on several (docs/topology.md): a table of them, and a form
// for the selected one: its short name, its roles, the private address the others reach
// it at, and how odoo-deploy reaches it over SSH. Each can be looked at (probed) on its
// own connection, its host key checked like the one server's.

#include "ProfilePage.h"

#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace odoodeploy {

class OperationController;
class SecretStore;
class WizardPrompter;

class ServersPage : public ProfilePage
{
    Q_OBJECT
public:
    ServersPage(ProfileModel *model, SecretStore *secrets, QWidget *parent = nullptr);
    ~ServersPage() override;

    int nextId() const override;

    void addServer();
    void removeSelectedServer();
    void selectServer(int row);
    int selectedServer() const { return m_selected; }
    // Connects to each server (or the selected one), checks its host key and probes it.
    void probeAll();
    void probeSelected();

Q_SIGNALS:
    void probeFinished(const QString &server, bool success);

protected:
    void loadFromProfile() override;
    QString describeIssue(const FieldIssue &issue) const override;

private:
    void fillTable();
    void fillForm();
    void bindSelected();
    void markRows();
    void probe(const QString &server);
    // Changes the selected server in place.
    void editSelected(const std::function<void(TopologyHost &)> &change);

    SecretStore *m_secrets;
    std::unique_ptr<WizardPrompter> m_prompter;
    std::map<QString, std::unique_ptr<OperationController>> m_probes;
    QHash<QString, QString> m_probeText;
    int m_selected = -1;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_filestore;
    QWidget *m_form;
    QLineEdit *m_name;
    QCheckBox *m_roleDatabase;
    QCheckBox *m_roleFiles;
    QCheckBox *m_roleApp;
    QCheckBox *m_roleProxy;
    QLineEdit *m_address;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_auth;
    QLineEdit *m_keyFile;
    QLineEdit *m_jumpHost;
    QPushButton *m_probeOne;
    QPushButton *m_probeAll;
    QLabel *m_probeStatus;
};

} // namespace odoodeploy
