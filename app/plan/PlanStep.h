#pragma once
// A deployment step as data: which script (resources/steps/<script>.sh, defining
// check, change and optionally verify and preview) with which named values. The
// planner turns it into a RemoteStep for a real run or for check mode.

#include "base/StepScript.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace odoodeploy {

struct PlanStep {
    QString id;
    QString title;
    QString script;       // name of the step script
    ScriptValues values;  // its variables, the common ones (SERVICE, INIT_SYSTEM, ODOO_USER) first
    QByteArray input;     // new file content, the script's "$INPUT"
    QString remotePath;   // for file steps: the file they write
    int timeoutSec = 900;

    QString value(const QString &name) const
    {
        for (const auto &[n, v] : values)
            if (n == name)
                return v;
        return {};
    }
};

// The steps, or why there are none: a problem (an unreadable local certificate, say)
// stops the plan before anything runs.
struct Plan {
    QList<PlanStep> steps;
    QStringList problems;
};

} // namespace odoodeploy
