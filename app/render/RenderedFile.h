#pragma once

#include <QList>
#include <QString>

namespace odoodeploy {

struct RenderedFile {
    enum class Kind { RemoteFile, Command };
    Kind kind = Kind::RemoteFile;
    QString id;         // stable key: "odoo.conf", "nginx-site", ...
    QString title;      // translated, for the preview tab
    QString remotePath; // where it is written on the server (RemoteFile) or empty
    QString content;
    QString owner = QStringLiteral("root");
    QString group = QStringLiteral("root");
    int mode = 0644;
};

using RenderedFiles = QList<RenderedFile>;

} // namespace odoodeploy
