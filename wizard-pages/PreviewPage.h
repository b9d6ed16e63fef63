#pragma once
// Every file the deployment writes, exactly as it will be written, one tab each, with
// Copy and Save as; on several servers, the files of the server chosen above the tabs.

#include "ProfileModel.h"
#include "render/RenderedFile.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace odoodeploy {

class ConnectionFlow;
class SecretStore;

class PreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    PreviewPage(ProfileModel *model, SecretStore *secrets, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;
    // Of a deployment on several servers: whose files are shown.
    void showServer(const QString &server);
    // Shows, in each file's tab, how it differs from the file on the server (read-only).
    void compareWithServer();

private:
    void rebuild();
    QWidget *fileTab(const RenderedFile &file);
    void fillServers();

    ProfileModel *m_model;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QWidget *m_serverRow;
    QComboBox *m_server;
    QPushButton *m_compare;
    ConnectionFlow *m_flow;
    QList<QString> m_comparedPaths;   // remote path per comparison step
    QHash<QString, QString> m_diffs;  // remote path -> diff output
};

} // namespace odoodeploy
