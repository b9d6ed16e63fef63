#include "base/ShellQuote.h"

#include "TestProfiles.h"

#include <QtTest>

using namespace odoodeploy;

// Every quoted value is given to a real /bin/sh, which must print it back unchanged.
class TestShellQuote : public QObject
{
    Q_OBJECT
    static QByteArray echoThroughShell(const QString &value)
    {
        const auto r = test::run(QStringLiteral("/bin/sh"),
                                 {QStringLiteral("-c"), QStringLiteral("printf %s ") + shellQuote(value)});
        return r.exitCode == 0 ? r.out : QByteArray("<shell failed: ") + r.err + ">";
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "odoo";
        QTest::newRow("empty") << "";
        QTest::newRow("space") << "two words";
        QTest::newRow("single quote") << "it's";
        QTest::newRow("only quotes") << "'''";
        QTest::newRow("double quote") << "say \"hi\"";
        QTest::newRow("command substitution") << "$(touch /tmp/odoo-deploy-pwned)";
        QTest::newRow("backticks") << "`id`";
        QTest::newRow("variable") << "$HOME ${PATH}";
        QTest::newRow("semicolon") << "x; rm -rf /";
        QTest::newRow("pipe and redirect") << "a | b > /tmp/x < /etc/passwd";
        QTest::newRow("glob") << "*.conf ?[ab]";
        QTest::newRow("newline") << "line1\nline2";
        QTest::newRow("tab") << "a\tb";
        QTest::newRow("backslash") << "a\\nb\\";
        QTest::newRow("leading dash") << "-rf";
        QTest::newRow("tilde") << "~root";
        QTest::newRow("history and braces") << "!{a,b}&";
        QTest::newRow("hash") << "# not a comment";
        QTest::newRow("utf8") << QString::fromUtf8("数据库 ünïcödé");
        QTest::newRow("pbkdf2 hash") << "$pbkdf2-sha512$600000$abc$def";
    }
    void roundTrip()
    {
        QFETCH(QString, value);
        QCOMPARE(echoThroughShell(value), value.toUtf8());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/odoo-deploy-pwned")));
    }

    void everyByteValue()
    {
        // All characters U+0001..U+00FF in one string, and each one alone.
        QString all;
        for (int c = 1; c < 256; ++c)
            all += QChar(c);
        QCOMPARE(echoThroughShell(all), all.toUtf8());
        for (int c = 1; c < 256; ++c) {
            const QString one = QStringLiteral("a") + QChar(c) + QStringLiteral("b");
            QCOMPARE(echoThroughShell(one), one.toUtf8());
        }
    }

    void plainWordsStayReadable()
    {
        QCOMPARE(shellQuote(QStringLiteral("/opt/odoo/src")), QStringLiteral("/opt/odoo/src"));
        QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
    }

    void assignmentIsNeverAWord()
    {
        // A bare "A=b" first word would be an assignment, and the command would
        // silently succeed; quoted, sh must look for a command called "A=b".
        const QString command = shellCommand({QStringLiteral("A=b")});
        QCOMPARE(command, QStringLiteral("'A=b'"));
        const auto r = test::run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QCOMPARE(r.exitCode, 127);
    }

    void commandKeepsArgumentsApart()
    {
        const QString command = shellCommand({QStringLiteral("printf"), QStringLiteral("[%s]"),
                                              QStringLiteral("a b"), QStringLiteral("c;d"), QString()});
        const auto r = test::run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QCOMPARE(r.out, QByteArray("[a b][c;d][]"));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
