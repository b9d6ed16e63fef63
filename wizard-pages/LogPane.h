#pragma once
// The live log: monospace, stderr in red, follows the end unless the user scrolled
// up, bounded in memory, searchable, and saved as shown (secrets are already masked).
// Text is queued and drawn in small slices from a timer, so that a flood of output
// never holds the event loop for long: the pane may lag, the UI does not.

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace odoodeploy {

class LogPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLines = 100000; // older lines are dropped, memory stays bounded

    explicit LogPane(QWidget *parent = nullptr);

    void append(const QString &text, bool error = false);
    void appendNote(const QString &line); // a line of our own, in bold
    void clear();
    QString text() const;
    bool findNext(const QString &needle);
    void saveAs();
    bool isDrawing() const { return !m_pending.isEmpty(); } // queued text not shown yet

    static constexpr int kSliceBudgetMs = 8;   // drawing per tick, at most
    static constexpr int kSliceChars = 4096;   // inserted at once, at most

private:
    struct Chunk {
        QString text;
        bool error = false;
    };
    void drain(bool everything);
    void insert(const QString &text, bool error);
    void trimBacklog();

    QList<Chunk> m_pending;
    qsizetype m_pendingLines = 0;
    QTimer m_drain;
    QPlainTextEdit *m_view;
    QLineEdit *m_search;
};

} // namespace odoodeploy
