#include "HealthPage.h"

#include "ConnectionFlow.h"
#include "HealthLights.h"
#include "health/HealthRemote.h"
#include "ops/Operations.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
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
constexpr int kIdRole = Qt::UserRole;
constexpr int kDetailsRole = Qt::UserRole + 1;
constexpr int kLightRole = Qt::UserRole + 2;

} // namespace

HealthPage::HealthPage(ProfileModel *model, SecretStore *secrets, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_flow(new ConnectionFlow(model, secrets, this)),
      m_checker(new HealthChecker(this)), m_exchange(new HttpExchange(this))
{
    setTitle(tr("Health"));
    setSubTitle(tr("A traffic light per check: green is healthy, yellow works but needs attention, red is failing. "
                   "Select a line for its details; Test fetches the site as curl -v would."));

    m_lights = new QTreeWidget(this);
    m_lights->setObjectName(QStringLiteral("healthLights"));
    m_lights->setAccessibleName(tr("Health checks"));
    m_lights->setColumnCount(2);
    m_lights->setHeaderLabels({tr("Check"), tr("Result")});
    m_lights->setRootIsDecorated(false);
    m_lights->setIconSize(QSize(16, 16));
    m_lights->header()->setSectionResizeMode(Check, QHeaderView::ResizeToContents);
    m_lights->header()->setStretchLastSection(true);
    m_lights->setWordWrap(true);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("healthDetails"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a check for its details, or press Test."));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("healthStatus"));
    m_status->setWordWrap(true);
    m_check = new QPushButton(tr("&Check again"), this);
    m_check->setObjectName(QStringLiteral("checkHealth"));
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("testSite"));
    m_test->setToolTip(tr("Fetch the site once and show the status line, headers, timings and the start of the body."));
    m_copyCurl = new QPushButton(tr("Copy as c&url command"), this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlCommand"));
    m_copyCurl->setToolTip(tr("Copy the command that makes the last Test's request with curl, to paste into a terminal."));
    m_copyCurl->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_test);
    buttons->addWidget(m_copyCurl);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lights, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_details, 4);

    feedHealthChecker(m_flow, m_checker);
    connect(m_flow, &ConnectionFlow::failed, m_checker, &HealthChecker::setSshFailed);
    connect(m_flow, &ConnectionFlow::keychainUnavailable, this, [this](const QString &message) {
        m_status->setText(tr("No keychain (%1): passwords are asked every time.").arg(message));
    });
    connect(m_checker, &HealthChecker::resultReady, this, &HealthPage::showResult);
    connect(m_checker, &HealthChecker::finished, this, [this](const HealthReport &report) {
        m_flow->closeForwards();
        m_check->setEnabled(true);
        m_status->setText(tr("Overall: %1.").arg(displayName(report.overall())));
        showDetails();
        Q_EMIT checkFinished(report);
    });
    connect(m_lights, &QTreeWidget::currentItemChanged, this, &HealthPage::showDetails);
    connect(m_check, &QPushButton::clicked, this, &HealthPage::startCheck);
    connect(m_test, &QPushButton::clicked, this, &HealthPage::startTest);
    connect(m_copyCurl, &QPushButton::clicked, this, &HealthPage::copyCurlCommand);
    connect(m_exchange, &HttpExchange::finished, this, [this](const HttpExchangeResult &result) {
        m_testResult = result;
        m_test->setEnabled(true);
        m_copyCurl->setEnabled(true);
        m_lights->setCurrentItem(nullptr);
        m_details->setPlainText(result.verboseText());
        Q_EMIT testFinished();
    });
}

HealthTarget HealthPage::target() const
{
    HealthTarget t = HealthTarget::fromProfile(m_model->profile());
    if (m_adjust)
        m_adjust(t);
    return t;
}

void HealthPage::initializePage() { startCheck(); }

void HealthPage::cleanupPage() { m_flow->cancel(); }

void HealthPage::startCheck()
{
    if (m_checker->isRunning())
        return;
    if (m_flow->isRunning()) {
        // The last check's SSH side is still giving up (it had its timeout, too).
        m_status->setText(tr("Still closing the last check's SSH connection; try again in a moment."));
        return;
    }
    const HealthTarget t = target();
    m_flow->setConnectTimeoutCap(healthSshTimeoutSec(t));
    m_lights->clear();
    m_details->clear();
    m_check->setEnabled(false);
    m_status->setText(tr("Checking %1…").arg(t.domain));
    m_checker->start(t);
    for (const QString &id : m_checker->expected()) {
        auto *item = new QTreeWidgetItem(m_lights, {m_checker->title(id), tr("checking…")});
        item->setData(Check, kIdRole, id);
        item->setIcon(Check, HealthLights::icon(HealthLight::Skipped));
    }
    if (t.checkService && !t.odooDirect)
        m_flow->start(std::make_shared<ServiceStateOperation>(m_model->profile()), 0, healthForwards(t));
}

void HealthPage::startTest()
{
    m_testRequest = target().testRequest();
    m_test->setEnabled(false);
    m_copyCurl->setEnabled(false);
    m_details->setPlainText(tr("Fetching %1 …").arg(m_testRequest.url()));
    m_exchange->start(m_testRequest);
}

void HealthPage::copyCurlCommand()
{
    const QString command = m_testResult.curlCommand(m_testRequest);
    QGuiApplication::clipboard()->setText(command);
    m_details->appendPlainText(QStringLiteral("\n$ ") + command);
    m_status->setText(tr("The curl command is on the clipboard, and at the end of the details."));
}

bool HealthPage::isBusy() const { return m_checker->isRunning() || m_flow->isRunning(); }

QTreeWidgetItem *HealthPage::row(const QString &id) const
{
    for (int i = 0; i < m_lights->topLevelItemCount(); ++i)
        if (m_lights->topLevelItem(i)->data(Check, kIdRole).toString() == id)
            return m_lights->topLevelItem(i);
    return nullptr;
}

void HealthPage::showResult(const HealthResult &result)
{
    QTreeWidgetItem *item = row(result.id);
    if (!item)
        return;
    item->setIcon(Check, HealthLights::icon(result.light));
    item->setText(Reason, HealthLights::lightedReason(result)); // the light in words too, not only a colour
    item->setToolTip(Check, displayName(result.light));
    item->setToolTip(Reason, result.reason);
    item->setData(Check, kDetailsRole, result.details);
    item->setData(Check, kLightRole, int(result.light));
    // Readers of the screen hear the light, not a coloured dot.
    item->setData(Check, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(displayName(result.light), result.title));
}

void HealthPage::showDetails()
{
    QTreeWidgetItem *item = m_lights->currentItem();
    if (!item)
        return;
    QString text = item->data(Check, kDetailsRole).toString();
    const HealthReport &report = m_checker->report();
    if (HealthLight(item->data(Check, kLightRole).toInt()) == HealthLight::Red) {
        if (!report.odooLog.trimmed().isEmpty())
            text += tr("\n\nLast lines of the Odoo log:\n") + report.odooLog;
        if (!report.nginxLog.trimmed().isEmpty())
            text += tr("\n\nLast lines of the nginx error log:\n") + report.nginxLog;
    }
    m_details->setPlainText(item->text(Reason) + QStringLiteral("\n\n") + text);
}

} // namespace odoodeploy
