#pragma once
// Shared by the libFuzzer targets: a Qt application object, and the properties every
// file we render must keep whatever the (valid) input. A broken property aborts, which
// libFuzzer records as a crash with the input that caused it.

#include "plan/Planner.h"
#include "profile/HostFacts.h"
#include "render/Generators.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

namespace odoodeploy::fuzz {

inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz property broken: %s\n%s\n", what, qPrintable(detail.left(2000)));
    std::abort();
}

// Qt's string and JSON code needs no application, but translations and QRegularExpression's
// JIT caches do better with one; it lives for the whole run.
inline void initialiseQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
}

// What no value may break: odoo.conf stays one "key = value" per line in [options];
// no rendered file carries a control character other than a tab or a newline; no file
// gains a line that is a bare value (a value with a line break in it would make one).
inline void checkRendered(const RenderedFiles &files)
{
    static const QRegularExpression confLine(QRegularExpression::anchoredPattern(
        QStringLiteral("\\[options\\]|[a-z_]+ = [^\\n]*|;[^\\n]*|#[^\\n]*|")));
    for (const RenderedFile &file : files) {
        for (const QChar c : file.content)
            if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || c.unicode() == 0x7f)
                fail("control character in a rendered file", file.id + QStringLiteral("\n") + file.content);
        if (file.id == QLatin1String("odoo.conf")) {
            const QStringList lines = file.content.split(QLatin1Char('\n'));
            for (const QString &line : lines)
                if (!confLine.match(line).hasMatch())
                    fail("odoo.conf line that is not key = value", line);
        }
    }
}

// The plan for a valid profile: every step script composed (values as quoted variables).
inline void checkPlan(const DeploymentProfile &profile, const HostFacts &facts)
{
    for (const bool checkMode : {false, true}) {
        const QList<RemoteStep> steps = Planner::remoteSteps(profile, facts, checkMode);
        for (const RemoteStep &step : steps)
            if (step.command.isEmpty() && !step.download.isSet())
                fail("a step without a command", step.id);
    }
}

} // namespace odoodeploy::fuzz
