#include "StepScript.h"

#include "ServiceManager.h"
#include "ShellQuote.h"

#include <QFile>
#include <QRegularExpression>

namespace odoodeploy::StepScript {

QString file(const QString &name)
{
    QFile f(QStringLiteral(":/steps/%1.sh").arg(name));
    if (!f.open(QIODevice::ReadOnly)) {
        Q_ASSERT_X(false, "StepScript::file", qPrintable(name));
        return QStringLiteral("echo 'odoo-deploy has no step script named %1' >&2\nexit 1\n").arg(name);
    }
    return QString::fromUtf8(f.readAll());
}

QString assignments(const ScriptValues &values)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    QString text = QLatin1String(kValuesBegin) + QLatin1Char('\n');
    for (const auto &[name, value] : values) {
        Q_ASSERT_X(identifier.match(name).hasMatch(), "StepScript::assignments", qPrintable(name));
        // Single quotes keep $ and ` literal on purpose; shellcheck's note says otherwise.
        if (value.contains(QLatin1Char('$')) || value.contains(QLatin1Char('`')))
            text += QStringLiteral("# shellcheck disable=SC2016 # a literal value\n");
        text += name + QLatin1Char('=') + shellQuote(value) + QLatin1Char('\n');
    }
    return text + QLatin1String(kValuesEnd) + QLatin1Char('\n');
}

QString compose(const QString &name, const ScriptValues &values)
{
    return (values.isEmpty() ? QString() : assignments(values)) + file(name);
}

QString withLib(const QString &name, const ScriptValues &values)
{
    // lib.sh's helpers: each script uses some of them, shellcheck need not say so.
    return QStringLiteral("# shellcheck disable=SC2317\nset -e\ncd /\n") + assignments(values) + file(QStringLiteral("lib")) + file(name);
}

ScriptValues libValues(const DeploymentProfile &profile, const HostFacts &facts)
{
    return {{QStringLiteral("SERVICE"), profile.service.name},
            {QStringLiteral("INIT_SYSTEM"), ServiceManager::chosen(profile, facts)},
            {QStringLiteral("ODOO_USER"), profile.odoo.systemUser},
            {QStringLiteral("STEP_INPUT"), QStringLiteral("no")}};
}

QString flag(bool on)
{
    return on ? QStringLiteral("yes") : QStringLiteral("no");
}

QString outputValue(const QString &output, const QString &key)
{
    const QString prefix = key + QLatin1Char('=');
    QString found;
    for (const QString &line : output.split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            found = line.mid(prefix.size()).trimmed();
    return found;
}

} // namespace odoodeploy::StepScript
