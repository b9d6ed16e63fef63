#pragma once
// The questions an operation may have to ask while it runs: trust an unknown host
// key, give a password, go ahead with a change. The wizard answers with non-modal
// dialogs, the command line on a terminal (or says what to set without one). Answers
// arrive in callbacks: no nested event loop.

#include "remote/RemoteError.h"
#include "secrets/SecretStore.h"

#include <QString>
#include <functional>

namespace odoodeploy {

class Prompter
{
public:
    using Consent = std::function<void(bool yes)>;
    // value empty: none given, the operation ends. remember: keep it in the keychain.
    using SecretAnswer = std::function<void(const QString &value, bool remember)>;

    virtual ~Prompter() = default;
    // An unknown host key (error.message shows its type and fingerprint): trusted only on yes.
    virtual void askHostKey(const RemoteError &error, Consent answer) = 0;
    virtual void askSecret(SecretKind kind, const QString &title, const QString &label, const QString &keychainNote,
                           SecretAnswer answer) = 0;
    // Before steps that change the server run. The wizard's user already said so by
    // pressing the button; the command line asks unless --yes.
    virtual void confirm(const QString &/*question*/, Consent answer) { answer(true); }
};

} // namespace odoodeploy
