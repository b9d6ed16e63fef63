#include "ProfilePage.h"

#include "profile/Validation.h"
#include "Tones.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace odoodeploy {

ProfilePage::ProfilePage(ProfileModel *model, QStringList fieldPrefixes, QWidget *parent)
    : QWizardPage(parent), m_model(model), m_prefixes(std::move(fieldPrefixes))
{
    auto *outer = new QVBoxLayout(this);
    m_content = new QVBoxLayout;
    outer->addLayout(m_content);
    // Right under the form, so that a message sits next to what it is about.
    m_messages = new QLabel(this);
    m_messages->setObjectName(QStringLiteral("validationMessages"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    outer->addWidget(m_messages);
    outer->addStretch(1);

    connect(m_model, &ProfileModel::changed, this, &ProfilePage::refreshValidation);
    connect(m_model, &ProfileModel::replaced, this, [this] { loadFromProfile(); });
}

void ProfilePage::initializePage()
{
    loadFromProfile();
    refreshValidation();
}

void ProfilePage::tieRowLabel(QFormLayout *form, QWidget *row, QWidget *input)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
        label->setBuddy(input);
}

bool ProfilePage::isComplete() const { return m_complete; }

void ProfilePage::bindField(const QString &field, QWidget *widget)
{
    m_fieldWidgets.insert(field, widget);
}

void ProfilePage::refreshValidation()
{
    const FieldIssues issues =
        Validation::filtered(Validation::validate(m_model->profile()), m_prefixes);
    QStringList lines;
    QHash<QString, QString> byField;
    for (const FieldIssue &issue : issues) {
        lines << QStringLiteral("• ") + describeIssue(issue);
        byField[issue.field] += issue.message;
    }
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it) {
        if (!it.value())
            continue;
        const bool invalid = byField.contains(it.key());
        it.value()->setProperty("invalid", invalid);
        it.value()->setToolTip(byField.value(it.key()));
        it.value()->setStyleSheet(invalid ? Tones::invalidBorderStyle(palette()) : QString());
    }
    m_messages->setStyleSheet(Tones::textStyle(Tones::Tone::Error, palette())); // the palette in use now
    m_messages->setText(lines.join(QLatin1Char('\n')));
    const bool complete = issues.isEmpty();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged();
    }
}

} // namespace odoodeploy
