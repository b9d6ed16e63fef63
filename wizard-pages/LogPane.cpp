#include "LogPane.h"

#include "FileDialogs.h"

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
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setUndoRedoEnabled(false);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the log"));
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
}

void LogPane::append(const QString &text, bool error)
{
    QScrollBar *scroll = m_view->verticalScrollBar();
    const bool following = scroll->value() >= scroll->maximum() - 2;
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat format;
    if (error)
        format.setForeground(QColor(0xb3, 0x26, 0x1e));
    cursor.insertText(text, format);
    if (following)
        scroll->setValue(scroll->maximum());
}

void LogPane::appendNote(const QString &line)
{
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!cursor.atBlockStart())
        cursor.insertText(QStringLiteral("\n"));
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(line + QLatin1Char('\n'), bold);
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void LogPane::clear() { m_view->clear(); }

QString LogPane::text() const { return m_view->toPlainText(); }

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
