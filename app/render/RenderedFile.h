#pragma once

#include <QList>
#include <QString>

namespace odoodeploy {

struct RenderedFile {
    // ClusterFile: a file (or, for pg_hba.conf, the block at its top) in the folder of the
    // PostgreSQL cluster, which the step finds on the server: remotePath is relative to it.
    enum class Kind { RemoteFile, Command, ClusterFile };
    Kind kind = Kind::RemoteFile;
    QString id;         // stable key: "odoo.conf", "nginx-site", ...
    QString title;      // translated, for the preview tab
    QString remotePath; // where it is written on the server (RemoteFile), in the cluster's folder, or empty
    QString content;
    QString owner = QStringLiteral("root");
    QString group = QStringLiteral("root");
    int mode = 0644;
};

using RenderedFiles = QList<RenderedFile>;

} // namespace odoodeploy
