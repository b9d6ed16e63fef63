#pragma once
// The self-signed certificate's SHA-256 fingerprint, read from the server at the end
// of a deploy and recorded in the profile: the health check trusts that certificate
// by this fingerprint only (pinning). A read-only step: it reports "unchanged".

#include "profile/DeploymentProfile.h"
#include "plan/RemoteStep.h"

namespace odoodeploy::CertificatePin {

constexpr const char *kStepId = "certificate-pin";

// Only for self-signed certificates; prints nothing when there is no certificate yet.
RemoteStep step(const DeploymentProfile &profile);
bool isPinStep(const RemoteStep &step);
// "AB:CD:…" from openssl's output, or empty.
QString parse(const QString &output);

} // namespace odoodeploy::CertificatePin
