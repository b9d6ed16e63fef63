#include "DeployWizard.h"

#include "CertificatePage.h"
#include "FileDialogs.h"
#include "HealthPage.h"
#include "OdooPage.h"
#include "PreviewPage.h"
#include "ProfileModel.h"
#include "RecentProfiles.h"
#include "RunPage.h"
#include "secrets/KeychainSecretStore.h"
#include "ServerPage.h"
#include "StartPage.h"
#include "WorkersPage.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QMessageBox>

namespace odoodeploy {

DeployWizard::DeployWizard(QWidget *parent, SecretStore *secrets)
    : QWizard(parent), m_model(new ProfileModel(this)),
      m_secrets(secrets ? secrets : new KeychainSecretStore(this))
{
    setObjectName(QStringLiteral("deployWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CustomButton1, tr("Open profile…"));
    setButtonText(QWizard::CustomButton2, tr("Save profile"));
    setButtonText(QWizard::FinishButton, tr("Close"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("openProfile"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("saveProfile"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
                     QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});

    m_start = new StartPage(m_model, this);
    setPage(Start, m_start);
    setPage(Server, new ServerPage(m_model, m_secrets, this));
    setPage(Odoo, new OdooPage(m_model, this));
    setPage(Workers, new WorkersPage(m_model, this));
    setPage(Certificate, new CertificatePage(m_model, this));
    setPage(Preview, new PreviewPage(m_model, m_secrets, this));
    setPage(Run, new RunPage(m_model, m_secrets, this));
    setPage(Health, new HealthPage(m_model, m_secrets, this));
    resize(860, 680);

    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openProfile();
        else if (which == QWizard::CustomButton2)
            saveProfile();
    });
    // The first page has its own Open button, next to the recent profiles.
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { button(QWizard::CustomButton1)->setVisible(id != Start); });
    connect(m_model, &ProfileModel::dirtyChanged, this, &DeployWizard::updateTitle);
    connect(m_model, &ProfileModel::replaced, this, &DeployWizard::updateTitle);
    connect(this, &DeployWizard::saveFailed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Profile not saved"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    updateTitle();
}

void DeployWizard::openProfile()
{
    FileDialogs::instance().askOpenPath(this, tr("Open profile"), tr("Profiles (*.json)"), [this](const QString &path) {
        if (path.isEmpty())
            return;
        if (m_start->openProfile(path) && currentId() != Start)
            restart(); // back to the first page, which shows what was opened
    });
}

void DeployWizard::saveProfile()
{
    if (m_model->path().isEmpty())
        saveProfileAs();
    else
        saveTo(m_model->path());
}

void DeployWizard::saveProfileAs()
{
    const QString suggested = (m_model->profile().name.isEmpty() ? QStringLiteral("odoo") : m_model->profile().name)
                              + QStringLiteral(".json");
    FileDialogs::instance().askSavePath(this, tr("Save profile"), tr("Profiles (*.json)"), suggested,
                                        [this](const QString &path) {
                                            if (!path.isEmpty())
                                                saveTo(path);
                                        });
}

void DeployWizard::saveTo(const QString &path)
{
    QString error;
    if (!m_model->save(path, &error)) {
        Q_EMIT saveFailed(error);
        return;
    }
    RecentProfiles::remember(path);
    updateTitle();
    Q_EMIT profileSaved(path);
}

void DeployWizard::updateTitle()
{
    const QString file = m_model->path().isEmpty() ? tr("unsaved profile") : QFileInfo(m_model->path()).fileName();
    setWindowTitle(tr("Odoo Deploy — %1[*]").arg(file));
    setWindowModified(m_model->isDirty());
}

} // namespace odoodeploy
