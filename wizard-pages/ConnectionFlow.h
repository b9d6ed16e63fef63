#pragma once
// The wizard's side of the operation controller: its questions become non-modal
// dialogs (Prompts), its secrets come from the keychain, and what an operation
// records goes into the model (a probe's facts, ProfileModel::factsChanged, before
// stepFinished; the fingerprint a deploy reads from its self-signed certificate).
// Pages use it; it builds no command itself.

#include "ops/OperationController.h"

#include <QPointer>

class QWidget;

namespace odoodeploy {

class ProfileModel;

class ConnectionFlow : public OperationController, private Prompter
{
    Q_OBJECT
public:
    ConnectionFlow(ProfileModel *model, SecretStore *secrets, QWidget *dialogParent);

    // The operation on the model's profile, with the facts the model knows.
    void start(std::shared_ptr<const Operation> operation, int firstStep = 0, const QList<ForwardTarget> &forwards = {});
    // Given steps, as they are (a probe step among them still records its facts).
    void start(const QList<RemoteStep> &steps, int firstStep = 0, const QList<ForwardTarget> &forwards = {});

private:
    void askHostKey(const RemoteError &error, Consent answer) override;
    void askSecret(SecretKind kind, const QString &title, const QString &label, const QString &keychainNote,
                   SecretAnswer answer) override;

    ProfileModel *m_model;
    QPointer<QWidget> m_parent;
};

} // namespace odoodeploy
