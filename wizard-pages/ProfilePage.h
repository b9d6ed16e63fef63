#pragma once
// Base of every page that edits a section of the profile: it shows the section's
// validation messages under the form, marks the offending fields, and keeps Next
// disabled while anything is invalid.

#include "ProfileModel.h"
#include "profile/Validation.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace odoodeploy {

class ProfilePage : public QWizardPage
{
    Q_OBJECT
public:
    ProfilePage(ProfileModel *model, QStringList fieldPrefixes, QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;

protected:
    // Subclasses put their form into this layout; the message label sits below it.
    QVBoxLayout *contentLayout() const { return m_content; }
    // A form row whose field is a group (a line edit and its Browse button): the row's
    // label is tied to the input, so its mnemonic and screen readers reach the input.
    static void tieRowLabel(QFormLayout *form, QWidget *row, QWidget *input);
    ProfileModel *model() const { return m_model; }
    const DeploymentProfile &profile() const { return m_model->profile(); }
    void edit(const std::function<void(DeploymentProfile &)> &change) { m_model->edit(change); }

    // Which widget shows a field, so that it can be marked when invalid.
    void bindField(const QString &field, QWidget *widget);
    void unbindFields() { m_fieldWidgets.clear(); }
    // One line of the messages under the form (a page of several servers names the server).
    virtual QString describeIssue(const FieldIssue &issue) const { return issue.message; }
    // Copies the profile into the widgets (signals blocked by the caller's choice).
    virtual void loadFromProfile() = 0;
    void refreshValidation();

private:
    ProfileModel *m_model;
    QStringList m_prefixes;
    QVBoxLayout *m_content;
    QLabel *m_messages;
    QHash<QString, QPointer<QWidget>> m_fieldWidgets;
    bool m_complete = false;
};

} // namespace odoodeploy
