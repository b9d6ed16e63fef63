#pragma once
// A health light as the pages show it: a coloured dot, and the light in words as well
// ("Yellow: works, but …"), for whoever cannot tell the colours apart.

#include "health/HealthReport.h"

#include <QIcon>

namespace odoodeploy::HealthLights {

QIcon icon(HealthLight light);
QString lightedReason(const HealthResult &result);

} // namespace odoodeploy::HealthLights
