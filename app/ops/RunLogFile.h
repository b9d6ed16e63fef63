#pragma once
// The whole log of one operation's run, in a file the user can open: the log pane only
// keeps a tail, and a terminal's scrollback ends too. Output arrives masked and
// printable (StepRunner), so the file holds no secret and no escape sequence.
// $XDG_DATA_HOME/odoo-deploy/logs/<UTC time>-<operation>.log, mode 0600 (it names
// servers and paths). A server that prints without end does not fill the disk: past
// kMaxBytes the file says so and only counts; the newest kKeep files are kept.

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace odoodeploy {

class RunLogFile
{
    Q_DECLARE_TR_FUNCTIONS(RunLogFile)
public:
    static constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;
    static constexpr int kKeep = 100;

    static QString folder();

    bool open(const QString &operationId, const QString &host, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    void write(const QString &text);
    void note(const QString &line); // on a line of its own; flushed, so the file is current
    void close();

private:
    void put(const QByteArray &bytes);
    void prune();

    QFile m_file;
    qint64 m_written = 0;
    qint64 m_dropped = 0;
    bool m_atLineStart = true;
};

} // namespace odoodeploy
