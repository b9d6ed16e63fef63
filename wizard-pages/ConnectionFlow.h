#pragma once
// The wizard's side of the operation controller: its questions become non-modal
// dialogs (Prompts), its secrets come from the keychain, and what an operation
// records goes into the model (a probe's facts, ProfileModel::factsChanged, before
// stepFinished; the fingerprint a deploy reads from its self-signed certificate).
// Pages use it; it builds no command itself.

#include "ops/OperationController.h"
#include "WizardPrompter.h"

namespace odoodeploy {

class ProfileModel;

class ConnectionFlow : public OperationController
{
    Q_OBJECT
public:
    ConnectionFlow(ProfileModel *model, SecretStore *secrets, QWidget *dialogParent);

    // The operation on the model's profile, with the facts the model knows.
    void start(std::shared_ptr<const Operation> operation, int firstStep = 0, const QList<ForwardTarget> &forwards = {});
    // Given steps, as they are (a probe step among them still records its facts).
    void start(const QList<RemoteStep> &steps, int firstStep = 0, const QList<ForwardTarget> &forwards = {});
    // The operation on one server of a deployment on several (its own profile,
    // TopologyProfile::forHost, and the facts the model keeps of it).
    void startOnServer(const QString &server, std::shared_ptr<const Operation> operation);

private:
    ProfileModel *m_model;
    QString m_server; // the server of several this run is on, else empty
    WizardPrompter m_prompter;
};

} // namespace odoodeploy
