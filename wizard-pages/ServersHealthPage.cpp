#include "ServersHealthPage.h"

#include "HealthLights.h"
#include "profile/TopologyProfile.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace odoodeploy {

namespace {

enum Column { Check, Reason };
constexpr int kServerRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kDetailsRole = Qt::UserRole + 2;
constexpr int kLightRole = Qt::UserRole + 3;

// Red above yellow above green; a check not made yet counts for nothing.
int weight(HealthLight light)
{
    switch (light) {
    case HealthLight::Red: return 3;
    case HealthLight::Yellow: return 2;
    case HealthLight::Green: return 1;
    case HealthLight::Skipped: return 0;
    }
    return 0;
}

} // namespace

ServersHealthPage::ServersHealthPage(ProfileModel *model, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_health(new TopologyHealth(this)), m_exchange(new HttpExchange(this))
{
    setTitle(tr("Health of the servers"));
    setSubTitle(tr("The site through the proxy, then every server with a light per check of its roles. One app server "
                   "down while another answers is yellow: the site works, the spare is gone."));

    m_lights = new QTreeWidget(this);
    m_lights->setObjectName(QStringLiteral("serversHealthLights"));
    m_lights->setAccessibleName(tr("Health checks by server"));
    m_lights->setColumnCount(2);
    m_lights->setHeaderLabels({tr("Server and check"), tr("Result")});
    m_lights->setIconSize(QSize(16, 16));
    m_lights->header()->setSectionResizeMode(Check, QHeaderView::ResizeToContents);
    m_lights->header()->setStretchLastSection(true);
    m_lights->setWordWrap(true);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("serversHealthDetails"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a check for its details, or press Test."));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("serversHealthStatus"));
    m_status->setWordWrap(true);
    m_check = new QPushButton(tr("&Check again"), this);
    m_check->setObjectName(QStringLiteral("checkServersHealth"));
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("testServersSite"));
    m_test->setToolTip(tr("Fetch the site once through the proxy and show the status line, headers, timings and the start of the body."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_test);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lights, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_details, 2);

    connect(m_health, &TopologyHealth::resultReady, this, &ServersHealthPage::showResult);
    connect(m_health, &TopologyHealth::finished, this, [this](const TopologyHealthReport &report) {
        m_report = report;
        m_check->setEnabled(true);
        m_status->setText(tr("Overall: %1.").arg(displayName(report.overall())));
        Q_EMIT checkFinished(report);
    });
    connect(m_lights, &QTreeWidget::currentItemChanged, this, &ServersHealthPage::showDetails);
    connect(m_check, &QPushButton::clicked, this, &ServersHealthPage::startCheck);
    connect(m_test, &QPushButton::clicked, this, &ServersHealthPage::startTest);
    connect(m_exchange, &HttpExchange::finished, this, [this](const HttpExchangeResult &result) {
        m_test->setEnabled(true);
        m_lights->setCurrentItem(nullptr);
        m_details->setPlainText(result.verboseText());
        Q_EMIT testFinished();
    });
}

QList<TopologyHealth::Target> ServersHealthPage::targets() const
{
    QList<TopologyHealth::Target> out = TopologyHealth::targets(m_model->profile());
    if (m_adjust)
        m_adjust(out);
    return out;
}

void ServersHealthPage::initializePage() { startCheck(); }

void ServersHealthPage::startCheck()
{
    if (m_health->isRunning() || !m_model->profile().topology.spansServers())
        return;
    const QList<TopologyHealth::Target> checked = targets();
    m_lights->clear();
    m_details->clear();
    m_report = {};
    m_check->setEnabled(false);
    m_status->setText(tr("Checking %1 servers and the site…").arg(m_model->profile().topology.hosts.size()));
    // Every row is there from the start, grey, in the order of the targets.
    for (const TopologyHealth::Target &t : checked) {
        const HostRoles roles = t.server.isEmpty() ? HostRoles() : [&] {
            for (const TopologyHost &h : m_model->profile().topology.hosts)
                if (h.name == t.server)
                    return h.roles;
            return HostRoles();
        }();
        const TopologyHost *proxy = TopologyProfile::firstWith(m_model->profile(), HostRole::Proxy);
        const QString title = t.server.isEmpty()
                                  ? tr("The site (through %1)").arg(proxy ? proxy->name : QString())
                                  : tr("%1 (%2)").arg(t.server, toTexts(roles).join(QStringLiteral(", ")));
        auto *server = new QTreeWidgetItem(m_lights, {title, tr("checking…")});
        server->setData(Check, kServerRole, t.server);
        server->setIcon(Check, HealthLights::icon(HealthLight::Skipped));
        server->setExpanded(true);
    }
    m_health->setHostKeyAdvice(tr("Look at the server on the Servers page to check its key (%1) and trust it."));
    m_health->start(m_model->profile(), checked);
}

void ServersHealthPage::startTest()
{
    const QList<TopologyHealth::Target> checked = targets();
    if (checked.isEmpty() || !checked.first().server.isEmpty())
        return; // no proxy: nothing to fetch
    const HttpExchangeRequest request = checked.first().target.testRequest();
    m_test->setEnabled(false);
    m_details->setPlainText(tr("Fetching %1 …").arg(request.url()));
    m_exchange->start(request);
}

QTreeWidgetItem *ServersHealthPage::serverRow(const QString &server) const
{
    for (int i = 0; i < m_lights->topLevelItemCount(); ++i)
        if (m_lights->topLevelItem(i)->data(Check, kServerRole).toString() == server)
            return m_lights->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *ServersHealthPage::checkRow(const QString &server, const QString &id) const
{
    QTreeWidgetItem *parent = serverRow(server);
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->data(Check, kIdRole).toString() == id)
            return parent->child(i);
    return nullptr;
}

void ServersHealthPage::showResult(const QString &server, const HealthResult &result)
{
    QTreeWidgetItem *parent = serverRow(server);
    if (!parent)
        return;
    QTreeWidgetItem *item = checkRow(server, result.id);
    if (!item) {
        item = new QTreeWidgetItem(parent);
        item->setData(Check, kIdRole, result.id);
    }
    item->setText(Check, result.title);
    item->setIcon(Check, HealthLights::icon(result.light));
    item->setText(Reason, HealthLights::lightedReason(result)); // in words too, not only a colour
    item->setToolTip(Reason, result.reason);
    item->setData(Check, kDetailsRole, result.details);
    item->setData(Check, kLightRole, int(result.light));
    item->setData(Check, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(displayName(result.light), result.title));

    // The server's row: its worst light so far, and how many of its checks are not green.
    HealthLight worst = HealthLight::Skipped;
    int notGreen = 0;
    for (int i = 0; i < parent->childCount(); ++i) {
        const auto light = HealthLight(parent->child(i)->data(Check, kLightRole).toInt());
        if (weight(light) > weight(worst))
            worst = light;
        if (light == HealthLight::Red || light == HealthLight::Yellow)
            ++notGreen;
    }
    parent->setIcon(Check, HealthLights::icon(worst));
    HealthResult summary;
    summary.light = worst;
    summary.reason = notGreen == 0 ? tr("all %1 checks").arg(parent->childCount())
                                   : tr("%1 of %2 checks need attention").arg(notGreen).arg(parent->childCount());
    parent->setText(Reason, HealthLights::lightedReason(summary));
    parent->setData(Check, kLightRole, int(worst));
    parent->setData(Check, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(displayName(worst), parent->text(Check)));
}

void ServersHealthPage::showDetails()
{
    QTreeWidgetItem *item = m_lights->currentItem();
    if (!item || !item->parent())
        return;
    QString text = item->text(Reason) + QStringLiteral("\n\n") + item->data(Check, kDetailsRole).toString();
    if (HealthLight(item->data(Check, kLightRole).toInt()) == HealthLight::Red) {
        const QString server = item->parent()->data(Check, kServerRole).toString();
        const HealthReport *report = server.isEmpty() ? &m_report.site : nullptr;
        if (const ServerHealth *s = m_report.server(server))
            report = &s->report;
        if (report && !report->odooLog.trimmed().isEmpty())
            text += tr("\n\nLast lines of the Odoo log:\n") + report->odooLog;
        if (report && !report->nginxLog.trimmed().isEmpty())
            text += tr("\n\nLast lines of the nginx error log:\n") + report->nginxLog;
    }
    m_details->setPlainText(text);
}

} // namespace odoodeploy
