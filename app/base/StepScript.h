#pragma once
// Step scripts are files (resources/steps/*.sh, compiled in as ":/steps/<name>.sh"),
// never text pasted together from values. A script gets its values as named shell
// variables: one NAME='value' line each, every value through shellQuote, so that a
// value reaches the server byte for byte whatever it holds (%1, $(id), quotes,
// backslashes, a newline). Nothing else varies with the profile.

#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

#include <QList>
#include <QString>

#include <utility>

namespace odoodeploy {

// Name and value, in the order they are assigned.
using ScriptValues = QList<std::pair<QString, QString>>;

namespace StepScript {

// Around the assignments, so that a test (or a reader of a log) can find them.
inline constexpr const char *kValuesBegin = "# values (each quoted by odoo-deploy)";
inline constexpr const char *kValuesEnd = "# end of values";

// The text of resources/steps/<name>.sh. A missing script is a programming error:
// it asserts, and in a release build the text makes the step fail loudly.
QString file(const QString &name);

// The NAME='value' lines between the two markers. Names must be shell identifiers
// in capitals (asserted): they are ours, never the user's.
QString assignments(const ScriptValues &values);

// A stand-alone script: the assignments, then the file (which sets its own options).
QString compose(const QString &name, const ScriptValues &values = {});

// A script that uses lib.sh's helpers (service control, markers, ports): "set -e",
// "cd /", the assignments (lib.sh's SERVICE, INIT_SYSTEM, ODOO_USER, STEP_INPUT among
// them), lib.sh, then the file. A step of the plan adds its driver after it.
QString withLib(const QString &name, const ScriptValues &values);

// lib.sh's values for a script that is not part of a deploy plan: the service, the
// init system (ServiceManager decides), the Odoo user, no standard input.
ScriptValues libValues(const DeploymentProfile &profile, const HostFacts &facts);

// A script's yes/no switch (CHECK_ONLY, DEMO, …): the one spelling the scripts test.
QString flag(bool on);

// What a script printed as a "key=value" line for odoo-deploy to record (backup=,
// commit=, from=, …); the last such line wins; empty when there is none.
QString outputValue(const QString &output, const QString &key);

} // namespace StepScript

} // namespace odoodeploy
