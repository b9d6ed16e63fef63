#pragma once
// Performance and service: workers and limits (suggested from CPUs and RAM), the
// service name and the init system.

#include "ProfilePage.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace odoodeploy {

class WorkersPage : public ProfilePage
{
    Q_OBJECT
public:
    explicit WorkersPage(ProfileModel *model, QWidget *parent = nullptr);

    // Fills workers and limits from the CPU and RAM fields.
    void applySuggestion();

protected:
    void loadFromProfile() override;

private:
    QSpinBox *m_cpus;
    QDoubleSpinBox *m_ramGiB;
    QLabel *m_reason;
    QSpinBox *m_workers;
    QSpinBox *m_cron;
    QSpinBox *m_memorySoftMiB;
    QSpinBox *m_memoryHardMiB;
    QSpinBox *m_timeCpu;
    QSpinBox *m_timeReal;
    QSpinBox *m_requests;
    QLineEdit *m_serviceName;
    QComboBox *m_init;
};

} // namespace odoodeploy
