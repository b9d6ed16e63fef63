#pragma once
// The health page: a traffic light per check with a one-line reason, details on
// demand (and the server's last log lines when something is red), "Check again",
// and a Test button that fetches the site the way `curl -v` would. The checks run
// on the event loop and the SSH side in its worker thread: the UI never waits.

#include "ProfileModel.h"
#include "health/HealthChecker.h"
#include "health/HttpExchange.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace odoodeploy {

class ConnectionFlow;
class SecretStore;

class HealthPage : public QWizardPage
{
    Q_OBJECT
public:
    HealthPage(ProfileModel *model, SecretStore *secrets, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override { return -1; } // the last page, also after a maintenance action

    void startCheck();
    void startTest();
    // The last Test as a command for the real curl, on the clipboard.
    void copyCurlCommand();
    // The target the page checks; tests may point it elsewhere before startCheck().
    void setTargetOverride(const std::function<void(HealthTarget &)> &adjust) { m_adjust = adjust; }
    const HealthReport &report() const { return m_checker->report(); }
    // Checks or their SSH side still running.
    bool isBusy() const;

Q_SIGNALS:
    void checkFinished(const odoodeploy::HealthReport &report);
    void testFinished();

private:
    HealthTarget target() const;
    void showResult(const HealthResult &result);
    void showDetails();
    QTreeWidgetItem *row(const QString &id) const;

    ProfileModel *m_model;
    ConnectionFlow *m_flow;
    HealthChecker *m_checker;
    HttpExchange *m_exchange;
    HttpExchangeRequest m_testRequest;
    HttpExchangeResult m_testResult;
    std::function<void(HealthTarget &)> m_adjust;
    QTreeWidget *m_lights;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QPushButton *m_check;
    QPushButton *m_test;
    QPushButton *m_copyCurl;
};

} // namespace odoodeploy
