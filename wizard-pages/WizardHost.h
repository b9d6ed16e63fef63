#pragma once
// Keeps the wizard on screen across a change of language. Every text is translated when
// a page is built, so a new language gets a new wizard, put where the old one was, with
// the same profile (the model, unsaved edits included) and the same secret store: the
// user loses nothing, and no page needs code to translate itself again.

#include <QObject>
#include <QPointer>

namespace odoodeploy {

class DeployWizard;
class ProfileModel;
class SecretStore;

class WizardHost : public QObject
{
    Q_OBJECT
public:
    // Without a store of its own the wizard uses the OS keychain.
    explicit WizardHost(SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~WizardHost() override;

    DeployWizard *wizard() const { return m_wizard; }
    ProfileModel *model() const { return m_model; }
    void show();

Q_SIGNALS:
    // A new wizard, in the language just chosen, has taken the old one's place.
    void wizardReplaced(odoodeploy::DeployWizard *wizard);

private:
    DeployWizard *build();
    void switchLanguage(const QString &code);

    ProfileModel *m_model;
    SecretStore *m_secrets;
    QPointer<DeployWizard> m_wizard;
};

} // namespace odoodeploy
