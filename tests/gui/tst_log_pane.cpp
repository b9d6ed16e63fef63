#include "LogPane.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QtTest>

using namespace odoodeploy;

// The log pane under output no human would print: it keeps a bounded tail in lines
// and in characters, cuts a line too long to lay out, keeps notes in order, and links
// to the file with the whole log.
class TestLogPane : public QObject
{
    Q_OBJECT

    static bool drawn(LogPane &pane) { return QTest::qWaitFor([&] { return !pane.isDrawing(); }, 60000); }
    static QPlainTextEdit *view(LogPane &pane) { return pane.findChild<QPlainTextEdit *>(QStringLiteral("log")); }

private Q_SLOTS:
    void aLineTooLongIsCut()
    {
        LogPane pane;
        const QString chunk(64 * 1024, QLatin1Char('x'));
        for (int i = 0; i < 160; ++i) // 10 MiB, one line, in the batches the runner sends
            pane.append(chunk);
        pane.append(QStringLiteral("\nnext line\n"));
        QVERIFY(drawn(pane));
        const QString expected = QString(LogPane::kMaxLineChars, QLatin1Char('x'))
                                 + QStringLiteral(" … [cut: the line goes on beyond 4000 characters]\nnext line\n");
        QCOMPARE(pane.text(), expected);
        QCOMPARE(view(pane)->blockCount(), 3);
    }

    void charactersAreBounded()
    {
        // 1000-character lines: 40,000 of them are 40 million characters, far below the
        // line bound but five times the character bound.
        LogPane pane;
        QString batch;
        for (int line = 0; line < 40000; ++line) {
            batch += QStringLiteral("%1 ").arg(line, 8, 10, QLatin1Char('0')) + QString(990, QLatin1Char('y')) + QLatin1Char('\n');
            if (batch.size() >= 64 * 1024) {
                pane.append(batch);
                batch.clear();
            }
        }
        pane.append(batch);
        QVERIFY(drawn(pane));
        const QString text = pane.text();
        QVERIFY2(text.size() <= LogPane::kMaxChars, qPrintable(QString::number(text.size())));
        QVERIFY2(text.size() >= LogPane::kMaxChars / 2, qPrintable(QString::number(text.size())));
        QVERIFY(text.endsWith(QStringLiteral("00039999 ") + QString(990, QLatin1Char('y')) + QLatin1Char('\n')));
        QVERIFY(text.startsWith(QStringLiteral("000"))); // whole lines were dropped, not halves
        QCOMPARE(text.count(QLatin1Char('\n')), qsizetype(text.size() / 1000));
    }

    void linesAreBounded()
    {
        LogPane pane;
        QString batch;
        for (int line = 0; line < 250000; ++line) {
            batch += QString::number(line) + QLatin1Char('\n');
            if (batch.size() >= 64 * 1024) {
                pane.append(batch);
                batch.clear();
            }
        }
        pane.append(batch);
        QVERIFY(drawn(pane));
        QVERIFY(view(pane)->blockCount() <= LogPane::kMaxLines + 1);
        QVERIFY(pane.text().endsWith(QStringLiteral("\n249999\n")));
        QVERIFY(!pane.text().contains(QStringLiteral("\n100000\n")));
    }

    void notesFollowTheirOutput()
    {
        LogPane pane;
        pane.append(QStringLiteral("half a line"));
        pane.appendNote(QStringLiteral("▶ Next step"));
        pane.append(QStringLiteral("error text\n"), true);
        pane.appendNote(QStringLiteral("Failed with exit status 2."));
        QVERIFY(drawn(pane));
        QCOMPARE(pane.text(), QStringLiteral("half a line\n▶ Next step\nerror text\nFailed with exit status 2.\n"));
        // A note ends the line: the next long line is cut by its own length.
        pane.append(QString(LogPane::kMaxLineChars, QLatin1Char('z')) + QStringLiteral("\n"));
        QVERIFY(drawn(pane));
        QVERIFY(pane.text().endsWith(QStringLiteral("2.\n") + QString(LogPane::kMaxLineChars, QLatin1Char('z')) + QStringLiteral("\n")));
    }

    void linksToTheWholeLog()
    {
        LogPane pane;
        auto *label = pane.findChild<QLabel *>(QStringLiteral("fullLog"));
        QVERIFY(label);
        QVERIFY(label->isHidden());
        pane.setFullLogPath(QStringLiteral("/home/ann/.local/share/odoo-deploy/logs/20261128-120000-deploy <1>.log"));
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(QStringLiteral("href=\"file:///home/ann/.local/share/odoo-deploy/logs/20261128-120000-deploy%20%3C1%3E.log\"")),
                 qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral(">/home/ann/.local/share/odoo-deploy/logs/20261128-120000-deploy &lt;1&gt;.log</a>")),
                 qPrintable(label->text()));
    }
};

QTEST_MAIN(TestLogPane)
#include "tst_log_pane.moc"
