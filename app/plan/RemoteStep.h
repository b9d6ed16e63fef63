#pragma once
// One command for the runner: what the plan hands to remote/. The plan owns the type;
// the runner only executes it.

#include <QByteArray>
#include <QString>

namespace odoodeploy {

struct RemoteStep {
    // A step's command exits with this status to say "already so, nothing changed"
    // (the step scripts' drivers use the same number).
    static constexpr int kUnchangedExitStatus = 100;

    QString id;
    QString title;
    QString command;      // a composed step script (StepScript): values only as quoted variables
    bool asRoot = false;
    int timeoutSec = 0;   // 0: none
    QByteArray input;     // standard input (a file's new content), never shown in the log
    // Unchanged ends the run, successfully: the steps after it have nothing to do
    // (an update that finds the checkout already at its target).
    bool endsRunWhenUnchanged = false;
};

} // namespace odoodeploy
