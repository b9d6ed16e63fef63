#pragma once
// The health page of a deployment on several servers: the site through the proxy, then
// each server with a light per check of its roles (service, Odoo through the server's
// own tunnel, the database reached from each app server, PostgreSQL, the filestore),
// each server's row as light as its worst check, and the overall light (one app server
// red while another answers is yellow). Test fetches the site through the proxy as the
// one-server health page does. Each server is checked unattended over its own
// connection (TopologyHealth): a host key the deployment did not trust already makes
// that server's SSH checks red, with the reason.

#include "ProfileModel.h"
#include "health/HttpExchange.h"
#include "ops/TopologyHealth.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace odoodeploy {

class ServersHealthPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServersHealthPage(ProfileModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; }

    void startCheck();
    void startTest();
    // What is checked; tests may adjust it (the site's address, an extra CA) first.
    void setTargetsOverride(const std::function<void(QList<TopologyHealth::Target> &)> &adjust) { m_adjust = adjust; }
    bool isBusy() const { return m_health->isRunning(); }
    const TopologyHealthReport &report() const { return m_report; }
    // The row of a server ("" for the site) and of one of its checks under it.
    QTreeWidgetItem *serverRow(const QString &server) const;
    QTreeWidgetItem *checkRow(const QString &server, const QString &id) const;

Q_SIGNALS:
    void checkFinished(const odoodeploy::TopologyHealthReport &report);
    void testFinished();

private:
    QList<TopologyHealth::Target> targets() const;
    void showResult(const QString &server, const HealthResult &result);
    void showDetails();

    ProfileModel *m_model;
    TopologyHealth *m_health;
    HttpExchange *m_exchange;
    TopologyHealthReport m_report;
    std::function<void(QList<TopologyHealth::Target> &)> m_adjust;
    QTreeWidget *m_lights;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QPushButton *m_check;
    QPushButton *m_test;
};

} // namespace odoodeploy
