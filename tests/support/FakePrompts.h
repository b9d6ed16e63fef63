#pragma once
// Prompts that answer at once, as set, and remember what was asked: for GUI tests.

#include "Prompts.h"

#include <QStringList>

namespace odoodeploy::test {

class FakePrompts : public Prompts
{
public:
    QStringList asked;
    bool trust = true;
    QString secret;          // empty: the user cancels
    bool remember = false;
    UnsavedChoice unsaved = UnsavedChoice::Discard;

    void askHostKey(QWidget *, const QString &message, const QString &, Consent answer) override
    {
        asked << message;
        answer(trust);
    }
    void askSecret(QWidget *, const QString &, const QString &label, const QString &, SecretAnswer answer) override
    {
        asked << label;
        answer(secret, remember);
    }
    void askUnsavedChanges(QWidget *, const QString &profileName, UnsavedAnswer answer) override
    {
        asked << QStringLiteral("unsaved: ") + profileName;
        answer(unsaved);
    }
};

} // namespace odoodeploy::test
