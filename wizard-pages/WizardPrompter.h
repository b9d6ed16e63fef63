#pragma once
// The operations' questions (Prompter) asked the wizard's way: non-modal dialogs
// (Prompts) over a page. The wizard's user already said yes to a change by pressing
// its button, so confirm() is not asked again.

#include "ops/Prompter.h"

#include <QPointer>
#include <QWidget>

namespace odoodeploy {

class WizardPrompter : public Prompter
{
public:
    explicit WizardPrompter(QWidget *dialogParent) : m_parent(dialogParent) {}

    void askHostKey(const RemoteError &error, Consent answer) override;
    void askSecret(SecretKind kind, const QString &title, const QString &label, const QString &keychainNote,
                   SecretAnswer answer) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace odoodeploy
