#pragma once
// The command line's answers to an operation's questions: on a terminal it asks (a
// password without echo, "yes" for a host key or a change); without one it says what
// to set or pass instead and answers no.

#include "ops/Prompter.h"

namespace odoodeploy::cli {

class TerminalPrompter : public Prompter
{
public:
    // assumeYes: --yes was given, do not ask before changing the server.
    explicit TerminalPrompter(bool assumeYes = false) : m_assumeYes(assumeYes) {}

    void askHostKey(const RemoteError &error, Consent answer) override;
    void askSecret(SecretKind kind, const QString &title, const QString &label, const QString &keychainNote,
                   SecretAnswer answer) override;
    void confirm(const QString &question, Consent answer) override;

    bool declined() const { return m_declined; }

    static bool interactive();
    static QString readLine(const QString &prompt, bool secret);

private:
    bool m_assumeYes;
    bool m_declined = false;
};

} // namespace odoodeploy::cli
