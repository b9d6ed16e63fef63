#pragma once
// Host facts as JSON: what `odoo-deploy probe` prints and `render --facts` reads.

#include "HostFacts.h"

#include <QJsonObject>

namespace odoodeploy {

QJsonObject hostFactsToJson(const HostFacts &facts);
// Unknown or wrongly typed fields stay unknown; `error` is set for a bad document.
bool hostFactsFromJson(const QByteArray &bytes, HostFacts *facts, QString *error);

} // namespace odoodeploy
