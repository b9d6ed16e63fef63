#pragma once
// Upkeep: how many backups the server keeps and whether one is taken every day (part
// of the deploy, shown in the preview), and how a staging copy is made and reached
// (Maintain → Make a staging copy). Everything here is a profile setting.

#include "ProfilePage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace odoodeploy {

class UpkeepPage : public ProfilePage
{
    Q_OBJECT
public:
    explicit UpkeepPage(ProfileModel *model, QWidget *parent = nullptr);

protected:
    void loadFromProfile() override;

private:
    void showDefaults();

    QSpinBox *m_keep;
    QCheckBox *m_scheduled;
    QLineEdit *m_at;
    QLineEdit *m_stagingDatabase;
    QComboBox *m_stagingCopy;
    QSpinBox *m_stagingHttpPort;
    QSpinBox *m_stagingLongpollingPort;
    QLineEdit *m_stagingDomain;
    QSpinBox *m_stagingPublicPort;
};

} // namespace odoodeploy
