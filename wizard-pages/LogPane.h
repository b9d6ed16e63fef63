#pragma once
// The live log: monospace, stderr in red, follows the end unless the user scrolled
// up, searchable, and saved as shown (secrets are already masked). Text is queued and
// drawn in small slices from a timer, so that a flood of output never holds the event
// loop for long: the pane may lag, the UI does not. Memory is bounded in lines and in
// characters, and a line too long to lay out quickly is cut: the pane keeps a tail,
// the whole log is in the run's log file (setFullLogPath), which the pane links to.

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace odoodeploy {

class LogPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLines = 50000;              // older lines are dropped
    static constexpr qsizetype kMaxChars = 4'000'000;    // shown and queued, each
    static constexpr qsizetype kMaxLineChars = 4000;     // the rest of a longer line is not shown

    explicit LogPane(QWidget *parent = nullptr);

    void append(const QString &text, bool error = false);
    void appendNote(const QString &line); // a line of our own, in bold
    void clear();
    QString text() const;
    bool findNext(const QString &needle);
    void saveAs();
    bool isDrawing() const { return m_drain.isActive(); } // text queued, or the top still to trim
    void setFullLogPath(const QString &path); // shown as a link above the log

    static constexpr int kSliceBudgetMs = 8;   // drawing per tick, at most
    static constexpr int kSliceChars = 2048;   // inserted at once, at most
    static constexpr int kTrimBlocks = 32;     // removed from the top at once, at most

private:
    enum class Kind { Output, Error, Note };
    struct Chunk {
        QString text;
        Kind kind = Kind::Output;
        qsizetype lines = 0;
    };
    static constexpr qsizetype kChunkChars = 64 * 1024; // a queued chunk, at most
    void enqueue(const QString &text, Kind kind);
    void drain();
    void insert(const QString &text, Kind kind);
    void trimBacklog();
    bool trimDocument();
    QString cutLongLines(const QString &text);

    QList<Chunk> m_pending;
    qsizetype m_pendingLines = 0;
    qsizetype m_pendingChars = 0;
    qsizetype m_lineChars = 0; // of the last line, shown or queued
    bool m_lineCut = false;    // the last line was cut already
    QTimer m_drain;
    QLabel *m_fullLog;
    QPlainTextEdit *m_view;
    QLineEdit *m_search;
};

} // namespace odoodeploy
