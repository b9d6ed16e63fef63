#include "DeployWizard.h"

#include "CertificatePage.h"
#include "FileDialogs.h"
#include "HealthPage.h"
#include "MaintainPage.h"
#include "OdooPage.h"
#include "PageList.h"
#include "PreviewPage.h"
#include "Prompts.h"
#include "ProfileModel.h"
#include "RecentProfiles.h"
#include "RunPage.h"
#include "secrets/KeychainSecretStore.h"
#include "ServerPage.h"
#include "ServersPage.h"
#include "ServersHealthPage.h"
#include "ServersRunPage.h"
#include "StartPage.h"
#include "UpkeepPage.h"
#include "WorkersPage.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>

namespace odoodeploy {

DeployWizard::DeployWizard(QWidget *parent, SecretStore *secrets, ProfileModel *model)
    : QWizard(parent), m_model(model ? model : new ProfileModel(this)),
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
    connect(m_start, &StartPage::languageChosen, this, &DeployWizard::languageChosen);
    setPage(Start, m_start);
    setPage(Server, new ServerPage(m_model, m_secrets, this));
    setPage(Odoo, new OdooPage(m_model, this));
    setPage(Workers, new WorkersPage(m_model, this));
    setPage(Certificate, new CertificatePage(m_model, this));
    setPage(Upkeep, new UpkeepPage(m_model, this));
    setPage(Preview, new PreviewPage(m_model, m_secrets, this));
    setPage(Run, new RunPage(m_model, m_secrets, this));
    setPage(Health, new HealthPage(m_model, m_secrets, this));
    setPage(Maintain, new MaintainPage(m_model, m_secrets, this));
    setPage(Servers, new ServersPage(m_model, m_secrets, this));
    setPage(ServersRun, new ServersRunPage(m_model, m_secrets, this));
    setPage(ServersHealth, new ServersHealthPage(m_model, this));
    setSideWidget(new PageList(
        this,
        [this] {
            if (m_model->profile().topology.spansServers())
                return QList<int>{Start, Servers, Odoo, Workers, Certificate, Upkeep, Preview, ServersRun, ServersHealth};
            return QList<int>{Start, Server, Odoo, Workers, Certificate, Upkeep, Preview, Run, Health};
        },
        [this] {
            if (m_model->profile().topology.spansServers())
                return QList<int>{Start, Maintain, ServersRun, ServersHealth};
            return QList<int>{Start, Maintain, Run, Health};
        }));
    // Room for the side list and the widest page, but never more than the screen has
    // (a laptop at 200 % scaling offers 1280×720).
    const QSize wanted(960, 680);
    resize(screen() ? wanted.boundedTo(screen()->availableSize()) : wanted);

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

void DeployWizard::saveProfile() { saveThen({}); }

void DeployWizard::saveThen(const std::function<void(bool)> &next)
{
    if (!m_model->path().isEmpty()) {
        const bool saved = saveTo(m_model->path());
        if (next)
            next(saved);
        return;
    }
    askWhereThen([this, next](const QString &path) {
        const bool saved = !path.isEmpty() && saveTo(path);
        if (next)
            next(saved);
    });
}

void DeployWizard::saveProfileAs()
{
    askWhereThen([this](const QString &path) {
        if (!path.isEmpty())
            saveTo(path);
    });
}

void DeployWizard::askWhereThen(const std::function<void(const QString &path)> &next)
{
    const QString suggested = (m_model->profile().name.isEmpty() ? QStringLiteral("odoo") : m_model->profile().name)
                              + QStringLiteral(".json");
    FileDialogs::instance().askSavePath(this, tr("Save profile"), tr("Profiles (*.json)"), suggested, next);
}

bool DeployWizard::saveTo(const QString &path)
{
    QString error;
    if (!m_model->save(path, &error)) {
        Q_EMIT saveFailed(error);
        return false;
    }
    RecentProfiles::remember(path);
    updateTitle();
    Q_EMIT profileSaved(path);
    return true;
}

void DeployWizard::done(int result)
{
    if (!m_model->isDirty() || m_closeConfirmed) {
        QWizard::done(result);
        return;
    }
    const QString name = m_model->profile().name.isEmpty() ? tr("unnamed") : m_model->profile().name;
    Prompts::instance().askUnsavedChanges(this, name, [this, result](Prompts::UnsavedChoice choice) {
        switch (choice) {
        case Prompts::UnsavedChoice::Save:
            saveThen([this, result](bool saved) {
                if (saved) // a failed or cancelled save keeps the wizard open, and the edits
                    done(result);
            });
            return;
        case Prompts::UnsavedChoice::Discard:
            m_closeConfirmed = true;
            QWizard::done(result);
            return;
        case Prompts::UnsavedChoice::Cancel:
            return;
        }
    });
}

void DeployWizard::updateTitle()
{
    const QString file = m_model->path().isEmpty() ? tr("unsaved profile") : QFileInfo(m_model->path()).fileName();
    setWindowTitle(tr("Odoo Deploy — %1[*]").arg(file));
    setWindowModified(m_model->isDirty());
}

} // namespace odoodeploy
