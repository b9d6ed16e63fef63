#include "DeployWizard.h"
#include "ProfileModel.h"
#include "Tones.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTreeWidget>
#include <QtTest>

#include "Snapshot.h"
#include "TestProfiles.h"

using namespace odoodeploy;

// What keyboard and screen-reader users and people with a dark desktop meet: every field
// has a label a screen reader reads with it, Tab walks each page in reading order, and
// the colours that carry meaning stay readable on a dark palette.
class TestAccessibility : public QObject
{
    Q_OBJECT

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
        p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        p.setColor(QPalette::HighlightedText, Qt::black);
        return p;
    }
    static bool isInput(QWidget *w)
    {
        // A spin box's or combo box's own line edit is part of it, not a field of its own.
        if (qobject_cast<QLineEdit *>(w))
            return !qobject_cast<QAbstractSpinBox *>(w->parentWidget()) && !qobject_cast<QComboBox *>(w->parentWidget());
        if (qobject_cast<QAbstractItemView *>(w->parentWidget()))
            return false; // a list's header, a tree's scroll area parts
        return qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
               || qobject_cast<QAbstractItemView *>(w);
    }
    static QString nameOf(QWidget *w)
    {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    }
    // Walks the pages a deployment goes through, with a complete profile.
    static QList<int> inputPages()
    {
        return {DeployWizard::Start, DeployWizard::Server, DeployWizard::Odoo, DeployWizard::Workers,
                DeployWizard::Certificate, DeployWizard::Upkeep};
    }

    QString m_problem;

    // The focus chain, as Tab follows it through the current page's visible widgets:
    // on the same line left to right, else further down.
    bool tabFollowsReadingOrder(DeployWizard &w)
    {
        QWizardPage *page = w.currentPage();
        QTest::qWait(50); // layouts settle
        QList<QWidget *> order;
        QWidget *at = &w;
        do {
            at = at->nextInFocusChain();
            if (page->isAncestorOf(at) && at->isVisible() && at->isEnabled() && (at->focusPolicy() & Qt::TabFocus) && !order.contains(at))
                order << at;
        } while (at != &w);
        if (order.size() < 2) {
            m_problem = page->title() + QStringLiteral(": nothing to Tab through");
            return false;
        }
        for (int i = 1; i < order.size(); ++i) {
            const QRect a(order.at(i - 1)->mapTo(page, QPoint()), order.at(i - 1)->size());
            const QRect b(order.at(i)->mapTo(page, QPoint()), order.at(i)->size());
            const bool sameLine = qAbs(a.center().y() - b.center().y()) <= qMax(a.height(), b.height()) / 2;
            if (sameLine ? b.x() <= a.x() : b.center().y() <= a.center().y()) {
                m_problem = QStringLiteral("%1: Tab goes from %2 to %3").arg(page->title(), nameOf(order.at(i - 1)), nameOf(order.at(i)));
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void everyFieldHasALabel()
    {
        DeployWizard w;
        w.model()->edit([](DeploymentProfile &p) { p = test::testProfile(); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSet<QWidget *> labelled;
        for (QLabel *label : w.findChildren<QLabel *>())
            if (label->buddy())
                labelled << label->buddy();
        QStringList unlabelled;
        for (int id : w.pageIds())
            for (QWidget *field : w.page(id)->findChildren<QWidget *>())
                if (isInput(field) && !labelled.contains(field) && field->accessibleName().isEmpty())
                    unlabelled << QStringLiteral("%1 on %2").arg(nameOf(field), w.page(id)->title());
        QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(QStringLiteral(", "))));
    }

    void tabWalksEachPageInReadingOrder()
    {
        DeployWizard w;
        w.model()->edit([](DeploymentProfile &p) { p = test::testProfile(); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int id : inputPages()) {
            QCOMPARE(w.currentId(), id);
            QVERIFY2(tabFollowsReadingOrder(w), qPrintable(m_problem));
            if (id != inputPages().last())
                w.next();
        }
        // The maintenance path's page too.
        w.restart();
        w.findChild<QAbstractButton *>(QStringLiteral("maintainButton"))->click();
        QCOMPARE(w.currentId(), int(DeployWizard::Maintain));
        QVERIFY2(tabFollowsReadingOrder(w), qPrintable(m_problem));
    }

    // Tab (at most once around the window) until `wanted` (or the spin box or combo box
    // whose line edit it is) has the focus.
    static bool tabTo(DeployWizard &w, QWidget *wanted)
    {
        for (int i = 0; wanted && i < 80; ++i) {
            QWidget *at = QApplication::focusWidget();
            if (at && (at == wanted || at->parentWidget() == wanted))
                return true;
            QTest::keyClick(at ? at : &w, Qt::Key_Tab);
        }
        return false;
    }
    static bool tabTo(DeployWizard &w, const char *name) { return tabTo(w, w.findChild<QWidget *>(QString::fromLatin1(name))); }
    static void typeOver(const QString &text)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), text);
    }
    // Tab to Next and press Space.
    static void nextByKeyboard(DeployWizard &w)
    {
        QVERIFY(tabTo(w, w.button(QWizard::NextButton)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    }

    void keyboardAloneReachesThePreview()
    {
        // A new deployment from the first page to the preview, with keys only: Tab to a
        // field, type, Space on buttons (Next too), arrows in radio groups and lists.
        DeployWizard w;
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QAbstractButton *next = w.button(QWizard::NextButton);

        QVERIFY(tabTo(w, "profileName"));
        typeOver(QStringLiteral("keyboard"));
        nextByKeyboard(w);
        QCOMPARE(w.currentId(), int(DeployWizard::Server));

        QVERIFY(tabTo(w, "host"));
        typeOver(QStringLiteral("erp.example.com"));
        nextByKeyboard(w);
        QCOMPARE(w.currentId(), int(DeployWizard::Odoo));

        QVERIFY(tabTo(w, "database"));
        typeOver(QStringLiteral("acme"));
        // The radio group takes one Tab stop; the arrows pick within it.
        QVERIFY(tabTo(w, "managerDisabled") || tabTo(w, "managerGenerated"));
        auto *generated = w.findChild<QAbstractButton *>(QStringLiteral("managerGenerated"));
        for (int i = 0; i < 2 && !generated->isChecked(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QVERIFY(generated->isChecked());
        QVERIFY(tabTo(w, "generateMasterPassword"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 30000); // hashing runs off the UI thread
        nextByKeyboard(w);
        QCOMPARE(w.currentId(), int(DeployWizard::Workers));

        QVERIFY(tabTo(w, "cpuCount"));
        typeOver(QStringLiteral("2"));
        QVERIFY(tabTo(w, "ramGiB"));
        typeOver(QStringLiteral("4"));
        QVERIFY(tabTo(w, "suggestWorkers"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(w.findChild<QSpinBox *>(QStringLiteral("workers"))->value(), 5);
        nextByKeyboard(w);
        QCOMPARE(w.currentId(), int(DeployWizard::Certificate));

        QVERIFY(tabTo(w, "certificateMode"));
        auto *mode = w.findChild<QComboBox *>(QStringLiteral("certificateMode"));
        for (int i = 0; i < mode->count() && mode->currentData().toInt() != int(CertificateMode::SelfSigned); ++i)
            QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(mode->currentData().toInt(), int(CertificateMode::SelfSigned));
        nextByKeyboard(w);
        QCOMPARE(w.currentId(), int(DeployWizard::Upkeep));

        nextByKeyboard(w);
        QCOMPARE(w.currentId(), int(DeployWizard::Preview));
        const DeploymentProfile p = w.model()->profile();
        QCOMPARE(p.server.host, QStringLiteral("erp.example.com"));
        QCOMPARE(p.odoo.database, QStringLiteral("acme"));
        QCOMPARE(p.performance.workers, 5);
        QCOMPARE(p.web.certificate, CertificateMode::SelfSigned);
        QVERIFY(!p.odoo.masterPassword.hash.isEmpty());
    }

    void meaningfulColoursAreReadableOnLightAndDarkPalettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light (the style's own)") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void meaningfulColoursAreReadableOnLightAndDarkPalettes()
    {
        QFETCH(QPalette, palette);
        using Tones::Tone;
        for (Tone tone : {Tone::Error, Tone::Warning, Tone::Success, Tone::Busy, Tone::Muted}) {
            const QColor c = Tones::color(tone, palette);
            QVERIFY2(Tones::contrast(c, palette.color(QPalette::Window)) >= 4.5, qPrintable(c.name()));
            QVERIFY2(Tones::contrast(c, palette.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
        }
        // The control: the error red of light pages is unreadable on a dark one.
        QVERIFY(Tones::contrast(QColor(0xb3, 0x26, 0x1e), darkPalette().color(QPalette::Window)) < 3);

        // A page's validation message, as drawn with the palette in use.
        const QPalette before = QApplication::palette();
        QApplication::setPalette(palette);
        {
            DeployWizard w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.next(); // the server page, its host still empty
            auto *messages = w.currentPage()->findChild<QLabel *>(QStringLiteral("validationMessages"));
            QVERIFY(!messages->text().isEmpty());
            const QColor drawn(messages->styleSheet().section(QLatin1Char(' '), 1).chopped(1));
            QVERIFY2(drawn.isValid(), qPrintable(messages->styleSheet()));
            QVERIFY2(Tones::contrast(drawn, palette.color(QPalette::Window)) >= 4.5, qPrintable(drawn.name()));
            test::snapshot(w, QTest::currentDataTag()[0] == 'd' ? "server-dark" : "server-light");
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
