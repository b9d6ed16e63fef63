#pragma once

class QCoreApplication;

namespace odoodeploy {

// Installs our translation and Qt's own for the system locale (or $LANGUAGE/$LANG).
void installTranslations(QCoreApplication &app);

} // namespace odoodeploy
