#pragma once
// Questions the remote flow must ask the user: accept an unknown host key, enter a
// password. Answers arrive in callbacks (non-modal dialogs, no nested event loop);
// tests install a fake that answers at once.

#include <QString>
#include <functional>

class QWidget;

namespace odoodeploy {

class Prompts
{
public:
    using Consent = std::function<void(bool accepted)>;
    // value empty: cancelled. remember: store it in the keychain.
    using SecretAnswer = std::function<void(const QString &value, bool remember)>;
    enum class UnsavedChoice { Save, Discard, Cancel };
    using UnsavedAnswer = std::function<void(UnsavedChoice)>;

    virtual ~Prompts() = default;
    virtual void askHostKey(QWidget *parent, const QString &message, const QString &fingerprint, Consent answer) = 0;
    virtual void askSecret(QWidget *parent, const QString &title, const QString &label,
                           const QString &keychainNote, SecretAnswer answer) = 0;
    // Closing with unsaved changes: save them, throw them away, or stay.
    virtual void askUnsavedChanges(QWidget *parent, const QString &profileName, UnsavedAnswer answer) = 0;

    static Prompts &instance();
    static void setInstance(Prompts *prompts); // nullptr restores the dialogs
};

} // namespace odoodeploy
