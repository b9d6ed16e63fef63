#include "WorkersPage.h"

#include "profile/WorkerSuggestion.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace odoodeploy {

namespace {
constexpr qint64 kMiB = 1024 * 1024;

QSpinBox *spinBox(QWidget *parent, const char *name, int maximum, const QString &suffix = QString())
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    return box;
}
} // namespace

WorkersPage::WorkersPage(ProfileModel *model, QWidget *parent)
    : ProfilePage(model, {QStringLiteral("performance."), QStringLiteral("service.")}, parent)
{
    setTitle(tr("Workers and service"));
    setSubTitle(tr("How many Odoo worker processes to run, and their limits. Odoo's guidance: "
                   "2 × CPU + 1 workers, as far as RAM allows; one worker serves about 6 "
                   "concurrent users."));

    auto *sizing = new QGroupBox(tr("Server size"), this);
    auto *sizingLayout = new QHBoxLayout(sizing);
    m_cpus = spinBox(sizing, "cpuCount", 256);
    m_cpus->setMinimum(1);
    m_cpus->setValue(2);
    m_ramGiB = new QDoubleSpinBox(sizing);
    m_ramGiB->setObjectName(QStringLiteral("ramGiB"));
    m_ramGiB->setRange(0.25, 4096);
    m_ramGiB->setDecimals(2);
    m_ramGiB->setValue(4);
    m_ramGiB->setSuffix(tr(" GiB"));
    auto *suggest = new QPushButton(tr("&Suggest"), sizing);
    suggest->setObjectName(QStringLiteral("suggestWorkers"));
    auto *cpusLabel = new QLabel(tr("CPUs:"), sizing);
    cpusLabel->setBuddy(m_cpus);
    sizingLayout->addWidget(cpusLabel);
    sizingLayout->addWidget(m_cpus);
    auto *ramLabel = new QLabel(tr("RAM:"), sizing);
    ramLabel->setBuddy(m_ramGiB);
    sizingLayout->addWidget(ramLabel);
    sizingLayout->addWidget(m_ramGiB);
    sizingLayout->addWidget(suggest);
    sizingLayout->addStretch(1);
    contentLayout()->addWidget(sizing);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("suggestionReason"));
    m_reason->setWordWrap(true);
    contentLayout()->addWidget(m_reason);

    auto *form = new QFormLayout;
    m_workers = spinBox(this, "workers", 1000);
    m_cron = spinBox(this, "maxCronThreads", 1000);
    m_memorySoftMiB = spinBox(this, "limitMemorySoft", 1024 * 1024, tr(" MiB"));
    m_memoryHardMiB = spinBox(this, "limitMemoryHard", 1024 * 1024, tr(" MiB"));
    m_timeCpu = spinBox(this, "limitTimeCpu", 1000000, tr(" s"));
    m_timeReal = spinBox(this, "limitTimeReal", 1000000, tr(" s"));
    m_requests = spinBox(this, "limitRequest", 10000000);
    m_serviceName = new QLineEdit(this);
    m_serviceName->setObjectName(QStringLiteral("serviceName"));
    m_init = new QComboBox(this);
    m_init->setObjectName(QStringLiteral("initSystem"));
    m_init->addItem(tr("Detect on the server"), int(InitSystem::Auto));
    m_init->addItem(tr("systemd"), int(InitSystem::Systemd));
    m_init->addItem(tr("SysV init script"), int(InitSystem::Sysvinit));
    form->addRow(tr("&Workers (0 = threaded):"), m_workers);
    form->addRow(tr("&Cron threads:"), m_cron);
    form->addRow(tr("Memory limit, &soft:"), m_memorySoftMiB);
    form->addRow(tr("Memory limit, &hard:"), m_memoryHardMiB);
    form->addRow(tr("CPU time limit:"), m_timeCpu);
    form->addRow(tr("Real time limit:"), m_timeReal);
    form->addRow(tr("Requests per worker:"), m_requests);
    form->addRow(tr("Service &name:"), m_serviceName);
    form->addRow(tr("&Init system:"), m_init);
    contentLayout()->addLayout(form);

    bindField(QStringLiteral("performance.workers"), m_workers);
    bindField(QStringLiteral("performance.maxCronThreads"), m_cron);
    bindField(QStringLiteral("performance.limitMemorySoft"), m_memorySoftMiB);
    bindField(QStringLiteral("performance.limitMemoryHard"), m_memoryHardMiB);
    bindField(QStringLiteral("performance.limitTimeCpu"), m_timeCpu);
    bindField(QStringLiteral("performance.limitTimeReal"), m_timeReal);
    bindField(QStringLiteral("performance.limitRequest"), m_requests);
    bindField(QStringLiteral("service.name"), m_serviceName);

    connect(suggest, &QPushButton::clicked, this, &WorkersPage::applySuggestion);
    // A probe of the server fills in its size and shows what it suggests; the
    // profile's numbers change only when the user presses Suggest.
    connect(model, &ProfileModel::factsChanged, this, [this] {
        // On several servers every app server runs the same odoo.conf: the smallest one
        // looked at decides, so that none is given more workers than it can carry.
        HostFacts facts = this->model()->facts();
        QString smallest;
        for (const TopologyHost &host : profile().topology.withRole(HostRole::App)) {
            const HostFacts f = this->model()->hostFacts(host.name);
            if (f.probed && (smallest.isEmpty() || f.cpuCount < facts.cpuCount || (f.cpuCount == facts.cpuCount && f.ramBytes < facts.ramBytes))) {
                facts = f;
                smallest = host.name;
            }
        }
        if (!facts.probed || (profile().topology.spansServers() && smallest.isEmpty()))
            return;
        m_cpus->setValue(facts.cpuCount);
        m_ramGiB->setValue(double(facts.ramBytes) / (1024.0 * 1024 * 1024));
        const WorkerSuggestion s = WorkerSizing::suggest(facts.cpuCount, facts.ramBytes);
        m_reason->setText(smallest.isEmpty() ? tr("From the server: %1 Press Suggest to use it.").arg(s.reason)
                                             : tr("From the smallest app server looked at, %1 (each runs the same settings): %2 Press Suggest to use it.")
                                                   .arg(smallest, s.reason));
    });
    auto bindInt = [this](QSpinBox *box, auto setter) {
        connect(box, &QSpinBox::valueChanged, this, [this, setter](int v) { edit([&](DeploymentProfile &p) { setter(p, v); }); });
    };
    bindInt(m_workers, [](DeploymentProfile &p, int v) { p.performance.workers = v; });
    bindInt(m_cron, [](DeploymentProfile &p, int v) { p.performance.maxCronThreads = v; });
    bindInt(m_memorySoftMiB, [](DeploymentProfile &p, int v) { p.performance.limitMemorySoft = v * kMiB; });
    bindInt(m_memoryHardMiB, [](DeploymentProfile &p, int v) { p.performance.limitMemoryHard = v * kMiB; });
    bindInt(m_timeCpu, [](DeploymentProfile &p, int v) { p.performance.limitTimeCpu = v; });
    bindInt(m_timeReal, [](DeploymentProfile &p, int v) { p.performance.limitTimeReal = v; });
    bindInt(m_requests, [](DeploymentProfile &p, int v) { p.performance.limitRequest = v; });
    connect(m_serviceName, &QLineEdit::textEdited, this, [this](const QString &v) { edit([&](DeploymentProfile &p) { p.service.name = v.trimmed(); }); });
    connect(m_init, &QComboBox::currentIndexChanged, this, [this] {
        const auto init = InitSystem(m_init->currentData().toInt());
        edit([&](DeploymentProfile &p) { p.service.initSystem = init; });
    });
}

void WorkersPage::applySuggestion()
{
    const WorkerSuggestion s = WorkerSizing::suggest(m_cpus->value(), qint64(m_ramGiB->value() * 1024) * kMiB);
    edit([&](DeploymentProfile &p) { p.performance = s.settings; });
    loadFromProfile();
    m_reason->setText(tr("%1 Serves about %2 concurrent users.").arg(s.reason).arg(s.concurrentUsers));
}

void WorkersPage::loadFromProfile()
{
    const QSignalBlocker b1(m_workers), b2(m_cron), b3(m_memorySoftMiB), b4(m_memoryHardMiB),
        b5(m_timeCpu), b6(m_timeReal), b7(m_requests), b8(m_init);
    const auto &perf = profile().performance;
    m_workers->setValue(perf.workers);
    m_cron->setValue(perf.maxCronThreads);
    m_memorySoftMiB->setValue(int(perf.limitMemorySoft / kMiB));
    m_memoryHardMiB->setValue(int(perf.limitMemoryHard / kMiB));
    m_timeCpu->setValue(perf.limitTimeCpu);
    m_timeReal->setValue(perf.limitTimeReal);
    m_requests->setValue(perf.limitRequest);
    m_serviceName->setText(profile().service.name);
    m_init->setCurrentIndex(m_init->findData(int(profile().service.initSystem)));
}

} // namespace odoodeploy
