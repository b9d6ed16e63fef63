#include "LogPane.h"

#include "FileDialogs.h"
#include "Tones.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace odoodeploy {

LogPane::LogPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    connect(&m_drain, &QTimer::timeout, this, [this] { drain(false); });
}

void LogPane::append(const QString &text, bool error)
{
    if (text.isEmpty())
        return;
    if (!m_pending.isEmpty() && m_pending.last().error == error)
        m_pending.last().text += text;
    else
        m_pending.append({text, error});
    m_pendingLines += text.count(QLatin1Char('\n'));
    trimBacklog();
    if (!m_drain.isActive())
        m_drain.start();
}

void LogPane::trimBacklog()
{
    // More queued than the pane would keep: the oldest queued text would be dropped
    // right after drawing it, so drop it now (memory stays bounded, too).
    while (m_pendingLines > kMaxLines && !m_pending.isEmpty()) {
        Chunk &first = m_pending.first();
        const qsizetype excess = m_pendingLines - kMaxLines;
        qsizetype cut = 0;
        qsizetype dropped = 0;
        while (dropped < excess) {
            const qsizetype newline = first.text.indexOf(QLatin1Char('\n'), cut);
            if (newline < 0)
                break;
            cut = newline + 1;
            ++dropped;
        }
        if (dropped == 0) {
            m_pending.removeFirst();
            continue;
        }
        first.text.remove(0, cut);
        m_pendingLines -= dropped;
        if (first.text.isEmpty())
            m_pending.removeFirst();
    }
}

void LogPane::drain(bool everything)
{
    QElapsedTimer budget;
    budget.start();
    QScrollBar *scroll = m_view->verticalScrollBar();
    const bool following = scroll->value() >= scroll->maximum() - 2;
    while (!m_pending.isEmpty() && (everything || budget.elapsed() < kSliceBudgetMs)) {
        Chunk &chunk = m_pending.first();
        qsizetype take = chunk.text.size();
        if (!everything && take > kSliceChars) {
            const qsizetype newline = chunk.text.lastIndexOf(QLatin1Char('\n'), kSliceChars);
            take = newline >= 0 ? newline + 1 : kSliceChars;
        }
        const QString slice = chunk.text.left(take);
        m_pendingLines -= slice.count(QLatin1Char('\n'));
        insert(slice, chunk.error);
        chunk.text.remove(0, take);
        if (chunk.text.isEmpty())
            m_pending.removeFirst();
    }
    if (following)
        scroll->setValue(scroll->maximum());
    if (m_pending.isEmpty())
        m_drain.stop();
}

void LogPane::insert(const QString &text, bool error)
{
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    if (error)
        format.setForeground(Tones::color(Tones::Tone::Error, m_view->palette()));
    cursor.insertText(text, format);
}

void LogPane::appendNote(const QString &line)
{
    drain(true); // notes come after the output they follow
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!cursor.atBlockStart())
        cursor.insertText(QStringLiteral("\n"));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(line + QLatin1Char('\n'), bold);
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void LogPane::clear()
{
    m_pending.clear();
    m_pendingLines = 0;
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
