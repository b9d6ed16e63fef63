#include "ConnectionFlow.h"

#include "ProfileModel.h"
#include "Prompts.h"
#include "ops/Operations.h"

#include <QWidget>

namespace odoodeploy {

ConnectionFlow::ConnectionFlow(ProfileModel *model, SecretStore *secrets, QWidget *dialogParent)
    : OperationController(nullptr, secrets, dialogParent), m_model(model), m_parent(dialogParent)
{
    setPrompter(this);
    connect(this, &OperationController::recorded, this, [this](const OperationRecord &record) {
        if (record.hasFacts)
            m_model->setFacts(record.facts);
        // Recorded in the profile (save it to keep it); the health check trusts it.
        if (!record.certificatePin.isEmpty() && record.certificatePin != m_model->profile().web.certificatePin)
            m_model->edit([&](DeploymentProfile &p) { p.web.certificatePin = record.certificatePin; });
    });
}

void ConnectionFlow::start(std::shared_ptr<const Operation> operation, int firstStep, const QList<ForwardTarget> &forwards)
{
    OperationController::start(m_model->profile(), std::move(operation), m_model->facts(), firstStep, forwards);
}

void ConnectionFlow::start(const QList<RemoteStep> &steps, int firstStep, const QList<ForwardTarget> &forwards)
{
    start(std::make_shared<StepsOperation>(QStringLiteral("steps"), QString(), steps), firstStep, forwards);
}

void ConnectionFlow::askHostKey(const RemoteError &error, Consent answer)
{
    Prompts::instance().askHostKey(m_parent, error.message, error.fingerprint, std::move(answer));
}

void ConnectionFlow::askSecret(SecretKind, const QString &title, const QString &label, const QString &keychainNote, SecretAnswer answer)
{
    Prompts::instance().askSecret(m_parent, title, label, keychainNote, std::move(answer));
}

} // namespace odoodeploy
