#include "StepList.h"

#include "Tones.h"

namespace odoodeploy {

StepList::StepList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("steps"));
    setAccessibleName(tr("Steps"));
}

void StepList::showSteps(const QList<RemoteStep> &steps)
{
    m_steps = steps;
    clear();
    for (const RemoteStep &step : m_steps)
        new QListWidgetItem(QStringLiteral("○  %1").arg(step.title), this);
}

void StepList::markWaitingFrom(int index)
{
    for (int i = index; i < count(); ++i)
        setState(i, QStringLiteral("○"), palette().color(QPalette::Text));
}

void StepList::markStarted(int index) { setState(index, QStringLiteral("▶"), Tones::color(Tones::Tone::Busy, palette())); }

void StepList::markFinished(int index, const StepOutcome &o, bool checking)
{
    const auto tone = [this](Tones::Tone t) { return Tones::color(t, palette()); };
    switch (o.status) {
    case StepOutcome::Status::Changed:
        if (checking)
            setState(index, QStringLiteral("△"), tone(Tones::Tone::Warning), tr("would change"));
        else
            setState(index, QStringLiteral("✔"), tone(Tones::Tone::Success), tr("done in %1 s").arg(o.durationMs / 1000.0, 0, 'f', 1));
        break;
    case StepOutcome::Status::Unchanged:
        setState(index, QStringLiteral("="), tone(Tones::Tone::Muted), tr("already so, unchanged"));
        break;
    case StepOutcome::Status::Cancelled:
        setState(index, QStringLiteral("⊘"), tone(Tones::Tone::Warning), o.message);
        break;
    case StepOutcome::Status::Failed:
        setState(index, QStringLiteral("✘"), tone(Tones::Tone::Error), o.message);
        break;
    }
}

void StepList::setState(int index, const QString &glyph, const QColor &color, const QString &detail)
{
    QListWidgetItem *row = item(index);
    if (!row || index >= m_steps.size())
        return;
    const QString title = m_steps.at(index).title;
    row->setText(detail.isEmpty() ? QStringLiteral("%1  %2").arg(glyph, title) : QStringLiteral("%1  %2 — %3").arg(glyph, title, detail));
    row->setForeground(color);
    row->setData(Qt::UserRole, glyph);
}

} // namespace odoodeploy
