#pragma once
// A run's steps as a list: a glyph and a colour for each state (waiting, running, done,
// would change, already so, failed, cancelled), the words too, so that the meaning never
// rests on colour alone. The run page shows one; the run page of several servers one per
// server.

#include "plan/RemoteStep.h"
#include "remote/StepRunner.h"

#include <QListWidget>

namespace odoodeploy {

class StepList : public QListWidget
{
    Q_OBJECT
public:
    explicit StepList(QWidget *parent = nullptr);

    void showSteps(const QList<RemoteStep> &steps); // every one waiting
    const QList<RemoteStep> &steps() const { return m_steps; }
    void markWaitingFrom(int index);
    void markStarted(int index);
    // checking: the step only said whether it would change something (a dry run).
    void markFinished(int index, const StepOutcome &outcome, bool checking);

private:
    void setState(int index, const QString &glyph, const QColor &color, const QString &detail = QString());

    QList<RemoteStep> m_steps;
};

} // namespace odoodeploy
