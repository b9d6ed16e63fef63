#pragma once
// The wizard: owns the one ProfileModel, hands it to every page, and offers Open and
// Save for profiles. It does no generation and no I/O beyond saving the profile.

#include <QWizard>

namespace odoodeploy {

class ProfileModel;
class RunPage;
class SecretStore;
class StartPage;

class DeployWizard : public QWizard
{
    Q_OBJECT
public:
    // Servers, ServersRun and ServersHealth take the place of Server, Run and Health for a
    // deployment on several servers (each page's nextId() decides).
    enum PageId { Start, Server, Odoo, Workers, Certificate, Upkeep, Preview, Run, Health, Maintain, Servers, ServersRun, ServersHealth };

    // Without a store of its own the wizard uses the OS keychain; without a model, its own.
    explicit DeployWizard(QWidget *parent = nullptr, SecretStore *secrets = nullptr, ProfileModel *model = nullptr);

    ProfileModel *model() const { return m_model; }
    // Saves to the profile's file, or asks where first. The result arrives in
    // profileSaved / saveFailed (the dialog does not block).
    void saveProfile();
    void saveProfileAs();
    void openProfile();
    // Every way of closing ends here: with unsaved changes, the user is asked first.
    void done(int result) override;

Q_SIGNALS:
    void profileSaved(const QString &path);
    void saveFailed(const QString &message);
    // The user picked another language on the first page (a code of Translations::available(),
    // empty for the system's); WizardHost shows a wizard in that language instead of this one.
    void languageChosen(const QString &code);

private:
    bool saveTo(const QString &path);
    // Saves (asking where when the profile has no file yet), then tells whether it did.
    void saveThen(const std::function<void(bool saved)> &next);
    void askWhereThen(const std::function<void(const QString &path)> &next); // empty: cancelled
    void updateTitle();

    ProfileModel *m_model;
    SecretStore *m_secrets;
    StartPage *m_start;
    bool m_closeConfirmed = false;
};

} // namespace odoodeploy
