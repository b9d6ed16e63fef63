#include "WizardHost.h"

#include "DeployWizard.h"
#include "i18n/Translations.h"
#include "ProfileModel.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>

namespace odoodeploy {

WizardHost::WizardHost(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_model(new ProfileModel(this)),
      m_secrets(secrets ? secrets : new KeychainSecretStore(this))
{
    m_wizard = build();
}

WizardHost::~WizardHost()
{
    delete m_wizard; // a top-level window: nobody else owns it
}

void WizardHost::show() { m_wizard->show(); }

DeployWizard *WizardHost::build()
{
    auto *wizard = new DeployWizard(nullptr, m_secrets, m_model);
    connect(wizard, &DeployWizard::languageChosen, this, &WizardHost::switchLanguage);
    return wizard;
}

void WizardHost::switchLanguage(const QString &code)
{
    Translations::choose(code);
    Translations::install(*QCoreApplication::instance(), code);
    DeployWizard *old = m_wizard;
    m_wizard = build();
    m_wizard->setGeometry(old->geometry());
    if (old->isVisible())
        m_wizard->show(); // before the old one goes: the application never has no window
    old->hide();
    old->deleteLater(); // its language box is still sending this signal
    Q_EMIT wizardReplaced(m_wizard);
}

} // namespace odoodeploy
