#include "HealthLights.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace odoodeploy::HealthLights {

QIcon icon(HealthLight light)
{
    QColor color(0x9a, 0x99, 0x96); // grey: not checked (yet)
    if (light == HealthLight::Green)
        color = QColor(0x26, 0xa2, 0x69);
    else if (light == HealthLight::Yellow)
        color = QColor(0xe5, 0xa5, 0x0a);
    else if (light == HealthLight::Red)
        color = QColor(0xc0, 0x1c, 0x28);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3, 3, 26, 26));
    return QIcon(pixmap);
}

QString lightedReason(const HealthResult &result)
{
    // The health page's context: the words were translated there first.
    switch (result.light) {
    case HealthLight::Green: return QCoreApplication::translate("odoodeploy::HealthPage", "Green: %1").arg(result.reason);
    case HealthLight::Yellow: return QCoreApplication::translate("odoodeploy::HealthPage", "Yellow: %1").arg(result.reason);
    case HealthLight::Red: return QCoreApplication::translate("odoodeploy::HealthPage", "Red: %1").arg(result.reason);
    case HealthLight::Skipped: return QCoreApplication::translate("odoodeploy::HealthPage", "Not checked: %1").arg(result.reason);
    }
    return result.reason;
}

} // namespace odoodeploy::HealthLights
