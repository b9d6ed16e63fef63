#include "WizardPrompter.h"

#include "Prompts.h"

namespace odoodeploy {

void WizardPrompter::askHostKey(const RemoteError &error, Consent answer)
{
    Prompts::instance().askHostKey(m_parent, error.message, error.fingerprint, std::move(answer));
}

void WizardPrompter::askSecret(SecretKind, const QString &title, const QString &label, const QString &keychainNote, SecretAnswer answer)
{
    Prompts::instance().askSecret(m_parent, title, label, keychainNote, std::move(answer));
}

} // namespace odoodeploy
