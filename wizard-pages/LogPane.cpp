#include "LogPane.h"

#include "FileDialogs.h"
#include "Tones.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

namespace odoodeploy {

LogPane::LogPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fullLog = new QLabel(this);
    m_fullLog->setObjectName(QStringLiteral("fullLog"));
    m_fullLog->setTextFormat(Qt::RichText);
    m_fullLog->setOpenExternalLinks(true);
    m_fullLog->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_fullLog->setWordWrap(true);
    m_fullLog->hide();
    layout->addWidget(m_fullLog);
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("log"));
    m_view->setAccessibleName(tr("Log"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setUndoRedoEnabled(false);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    auto *next = new QPushButton(tr("Find next"), this);
    auto *save = new QPushButton(tr("Save log…"), this);
    save->setObjectName(QStringLiteral("saveLog"));
    bar->addWidget(m_search, 1);
    bar->addWidget(next);
    bar->addWidget(save);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(m_search->text()); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(m_search->text()); });
    connect(save, &QPushButton::clicked, this, &LogPane::saveAs);
    m_drain.setInterval(15);
    connect(&m_drain, &QTimer::timeout, this, &LogPane::drain);
}

void LogPane::setFullLogPath(const QString &path)
{
    m_fullLog->setText(tr("The whole log of this run is in <a href=\"%1\">%2</a>; this pane keeps its last lines.")
                           .arg(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toHtmlEscaped(), path.toHtmlEscaped()));
    m_fullLog->setToolTip(path);
    m_fullLog->show();
}

void LogPane::append(const QString &text, bool error)
{
    enqueue(cutLongLines(text), error ? Kind::Error : Kind::Output);
}

void LogPane::appendNote(const QString &line)
{
    // Queued like output, so that it comes after the output it follows without
    // drawing a whole backlog at once.
    enqueue(line + QLatin1Char('\n'), Kind::Note);
    m_lineChars = 0;
    m_lineCut = false;
}

void LogPane::enqueue(const QString &text, Kind kind)
{
    // The queue is made of chunks of a bounded size: dropping the oldest text and
    // drawing from the front then never moves megabytes.
    qsizetype from = 0;
    while (from < text.size()) {
        if (m_pending.isEmpty() || m_pending.last().kind != kind || m_pending.last().text.size() >= kChunkChars)
            m_pending.append({QString(), kind, 0});
        Chunk &last = m_pending.last();
        qsizetype take = qMin(text.size() - from, kChunkChars - last.text.size());
        if (from + take < text.size()) { // end this chunk at a line break where there is one
            const qsizetype newline = text.lastIndexOf(QLatin1Char('\n'), from + take - 1);
            if (newline >= from)
                take = newline + 1 - from;
            else if (!last.text.isEmpty())
                take = 0; // start a new chunk for this part instead
        }
        if (take == 0) {
            m_pending.append({QString(), kind, 0});
            continue;
        }
        const QStringView part = QStringView(text).mid(from, take);
        const qsizetype lines = part.count(QLatin1Char('\n'));
        last.text += part;
        last.lines += lines;
        m_pendingLines += lines;
        m_pendingChars += take;
        from += take;
    }
    trimBacklog();
    if (!m_pending.isEmpty() && !m_drain.isActive())
        m_drain.start();
}

QString LogPane::cutLongLines(const QString &text)
{
    // A line of megabytes takes seconds to lay out, and nobody reads it in a pane:
    // show its start and say that the rest is in the log file.
    QString shown;
    shown.reserve(text.size());
    qsizetype from = 0;
    while (true) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), from);
        const qsizetype length = (newline < 0 ? text.size() : newline) - from;
        const qsizetype room = qMax<qsizetype>(kMaxLineChars - m_lineChars, 0);
        shown += QStringView(text).mid(from, qMin(length, room));
        m_lineChars += qMin(length, room);
        if (length > room && !m_lineCut) {
            shown += tr(" … [cut: the line goes on beyond %1 characters]").arg(kMaxLineChars);
            m_lineCut = true;
        }
        if (newline < 0)
            break;
        shown += QLatin1Char('\n');
        m_lineChars = 0;
        m_lineCut = false;
        from = newline + 1;
    }
    return shown;
}

void LogPane::trimBacklog()
{
    // More queued than the pane would keep: the oldest queued text would be dropped
    // right after drawing it, so drop it now, whole chunks, then the rest of a line
    // that a dropped chunk began.
    bool inLine = false;
    while ((m_pendingLines > kMaxLines || m_pendingChars > kMaxChars) && m_pending.size() > 1) {
        const Chunk &first = m_pending.first();
        m_pendingLines -= first.lines;
        m_pendingChars -= first.text.size();
        inLine = !first.text.endsWith(QLatin1Char('\n'));
        m_pending.removeFirst();
    }
    if (!inLine || m_pending.first().kind == Kind::Note) // a note starts a line of its own
        return;
    Chunk &first = m_pending.first();
    const qsizetype newline = first.text.indexOf(QLatin1Char('\n'));
    if (newline < 0 || newline + 1 == first.text.size())
        return; // one long line, or ends right there: keep it
    first.text.remove(0, newline + 1);
    first.lines -= 1;
    m_pendingLines -= 1;
    m_pendingChars -= newline + 1;
}

bool LogPane::trimDocument()
{
    // maximumBlockCount bounds the lines; this bounds the characters, a few blocks at a
    // time: removing lines of complex text costs up to a millisecond each.
    QTextDocument *document = m_view->document();
    const qsizetype excess = document->characterCount() - kMaxChars;
    if (excess <= 0)
        return false;
    qsizetype removed = 0;
    int blocks = 0;
    for (QTextBlock block = document->firstBlock(); block.isValid() && removed < excess && blocks < kTrimBlocks; block = block.next()) {
        removed += block.length();
        ++blocks;
    }
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor, blocks);
    cursor.removeSelectedText();
    return true;
}

void LogPane::drain()
{
    // One kind of work per tick: trimming the top, or drawing more. Drawing waits
    // until the pane is within its bound again.
    if (trimDocument())
        return;
    QElapsedTimer budget;
    budget.start();
    QScrollBar *scroll = m_view->verticalScrollBar();
    const bool following = scroll->value() >= scroll->maximum() - 2;
    while (!m_pending.isEmpty() && budget.elapsed() < kSliceBudgetMs) {
        Chunk &chunk = m_pending.first();
        qsizetype take = chunk.text.size();
        if (take > kSliceChars) {
            const qsizetype newline = chunk.text.lastIndexOf(QLatin1Char('\n'), kSliceChars);
            take = newline >= 0 ? newline + 1 : kSliceChars;
        }
        const QString slice = chunk.text.left(take);
        const qsizetype lines = slice.count(QLatin1Char('\n'));
        chunk.lines -= lines;
        m_pendingLines -= lines;
        m_pendingChars -= slice.size();
        insert(slice, chunk.kind);
        chunk.text.remove(0, take);
        if (chunk.text.isEmpty())
            m_pending.removeFirst();
    }
    if (following)
        scroll->setValue(scroll->maximum());
    if (m_pending.isEmpty() && m_view->document()->characterCount() <= kMaxChars)
        m_drain.stop();
}

void LogPane::insert(const QString &text, Kind kind)
{
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    if (kind == Kind::Error)
        format.setForeground(Tones::color(Tones::Tone::Error, m_view->palette()));
    if (kind == Kind::Note) {
        format.setFontWeight(QFont::Bold);
        if (!cursor.atBlockStart())
            cursor.insertText(QStringLiteral("\n")); // a note starts a line of its own
    }
    cursor.insertText(text, format);
}

void LogPane::clear()
{
    m_pending.clear();
    m_pendingLines = 0;
    m_pendingChars = 0;
    m_lineChars = 0;
    m_lineCut = false;
    m_view->clear();
}

QString LogPane::text() const
{
    QString all = m_view->toPlainText();
    for (const Chunk &chunk : m_pending)
        all += chunk.text;
    return all;
}

bool LogPane::findNext(const QString &needle)
{
    if (needle.isEmpty())
        return false;
    if (m_view->find(needle))
        return true;
    m_view->moveCursor(QTextCursor::Start); // wrap around
    return m_view->find(needle);
}

void LogPane::saveAs()
{
    const QString content = text();
    FileDialogs::instance().askSavePath(this, tr("Save log"), tr("Logs (*.log *.txt);;All files (*)"),
                                        QStringLiteral("odoo-deploy.log"), [this, content](const QString &path) {
                                            if (path.isEmpty())
                                                return;
                                            QSaveFile file(path);
                                            const QByteArray bytes = content.toUtf8();
                                            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                                                appendNote(tr("Could not save the log to %1: %2").arg(path, file.errorString()));
                                        });
}

} // namespace odoodeploy
