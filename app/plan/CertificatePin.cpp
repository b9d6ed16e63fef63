#include "CertificatePin.h"

#include "base/StepScript.h"
#include "base/DeploymentPaths.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace odoodeploy::CertificatePin {

RemoteStep step(const DeploymentProfile &profile)
{
    RemoteStep s;
    s.id = QString::fromLatin1(kStepId);
    s.title = QCoreApplication::translate("Planner", "Record the certificate's fingerprint for the health check");
    s.timeoutSec = 30;
    s.command = StepScript::compose(QStringLiteral("certificate-pin"),
                                    {{QStringLiteral("CERT"), DeploymentPaths::of(profile).certificate}});
    return s;
}

bool isPinStep(const RemoteStep &step) { return step.id == QLatin1String(kStepId); }

QString parse(const QString &output)
{
    static const QRegularExpression re(QStringLiteral("Fingerprint=((?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2})"));
    return re.match(output).captured(1).toUpper();
}

} // namespace odoodeploy::CertificatePin
