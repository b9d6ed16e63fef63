#pragma once
// The live log: monospace, stderr in red, follows the end unless the user scrolled
// up, bounded in memory, searchable, and saved as shown (secrets are already masked).

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

private:
    QPlainTextEdit *m_view;
    QLineEdit *m_search;
};

} // namespace odoodeploy
