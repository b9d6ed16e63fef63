#include "ConnectionFlow.h"

#include "ProfileModel.h"
#include "ops/Operations.h"
#include "profile/TopologyProfile.h"

namespace odoodeploy {

ConnectionFlow::ConnectionFlow(ProfileModel *model, SecretStore *secrets, QWidget *dialogParent)
    : OperationController(nullptr, secrets, dialogParent), m_model(model), m_prompter(dialogParent)
{
    setPrompter(&m_prompter);
    connect(this, &OperationController::recorded, this, [this](const OperationRecord &record) {
        if (record.hasFacts && m_server.isEmpty())
            m_model->setFacts(record.facts);
        else if (record.hasFacts)
            m_model->setHostFacts(m_server, record.facts);
        // Recorded in the profile (save it to keep it); the health check trusts it.
        if (!record.certificatePin.isEmpty() && record.certificatePin != m_model->profile().web.certificatePin)
            m_model->edit([&](DeploymentProfile &p) { p.web.certificatePin = record.certificatePin; });
    });
}

void ConnectionFlow::start(std::shared_ptr<const Operation> operation, int firstStep, const QList<ForwardTarget> &forwards)
{
    if (isRunning())
        return;
    m_server.clear();
    OperationController::start(m_model->profile(), std::move(operation), m_model->facts(), firstStep, forwards);
}

void ConnectionFlow::startOnServer(const QString &server, std::shared_ptr<const Operation> operation)
{
    if (isRunning())
        return;
    m_server = server;
    OperationController::start(TopologyProfile::forHost(m_model->profile(), server), std::move(operation), m_model->hostFacts(server));
}

void ConnectionFlow::start(const QList<RemoteStep> &steps, int firstStep, const QList<ForwardTarget> &forwards)
{
    start(std::make_shared<StepsOperation>(QStringLiteral("steps"), QString(), steps), firstStep, forwards);
}

} // namespace odoodeploy
