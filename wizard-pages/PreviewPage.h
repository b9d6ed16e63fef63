#pragma once
// Every file the deployment writes, exactly as it will be written, one tab each, with
// Copy and Save as.

#include "ProfileModel.h"
#include "render/RenderedFile.h"

#include <QWizardPage>

class QLabel;
class QTabWidget;

namespace odoodeploy {

class PreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreviewPage(ProfileModel *model, QWidget *parent = nullptr);

    void initializePage() override;

private:
    void rebuild();
    QWidget *fileTab(const RenderedFile &file);

    ProfileModel *m_model;
    QLabel *m_summary;
    QTabWidget *m_tabs;
};

} // namespace odoodeploy
