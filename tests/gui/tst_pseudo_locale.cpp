#include "DeployWizard.h"
#include "ProfileModel.h"
#include "profile/ProfileJson.h"
#include "profile/StagingProfile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

#include "TestProfiles.h"

using namespace odoodeploy;

// Every text a user sees goes through tr(): under a pseudo-locale that wraps each
// translated string in ⟦…⟧, no letter may be left outside the brackets on any page,
// except the profile's own values (a host name, a path) that the pages show.
class PseudoTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(source));
    }
};

class TestPseudoLocale : public QObject
{
    Q_OBJECT

    PseudoTranslator m_pseudo;
    QStringList m_data; // the profile's values, longest first
    QStringList m_untranslated;

    static void collect(const QJsonValue &v, QStringList *out)
    {
        if (v.isObject())
            for (const QJsonValue &child : v.toObject())
                collect(child, out);
        else if (v.isArray())
            for (const QJsonValue &child : v.toArray())
                collect(child, out);
        else if (v.isString() && v.toString().size() > 2)
            *out << v.toString();
    }

    // What is left of a text once the translated parts and the profile's values go.
    QString leftover(QString text) const
    {
        static const QRegularExpression innermost(QStringLiteral("⟦[^⟦⟧]*⟧"));
        for (int i = 0; i < 10 && text.contains(innermost); ++i)
            text.remove(innermost);
        for (const QString &value : m_data)
            text.remove(value);
        static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|https?://\\S*|/\\S*"));
        text.remove(markup); // rich-text tags, links and paths are not words
        return text;
    }
    void check(const QString &where, const QString &text)
    {
        // A language is named in its own language, so that its speakers find it.
        if (where.endsWith(QLatin1String("/language item")) && (text == QLatin1String("English") || text == QStringLiteral("简体中文")))
            return;
        static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
        const QString rest = leftover(text);
        if (rest.contains(letters))
            m_untranslated << QStringLiteral("%1: \"%2\"").arg(where, text);
    }
    void checkPage(QWizard &w)
    {
        QWizardPage *page = w.currentPage();
        const QString name = QString::fromLatin1(page->metaObject()->className());
        check(name + QStringLiteral(" title"), page->title());
        check(name + QStringLiteral(" subtitle"), page->subTitle());
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&w))
                continue;
            const QString where = name + QLatin1Char('/') + (widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName());
            check(where + QStringLiteral(" tooltip"), widget->toolTip());
            check(where + QStringLiteral(" accessible name"), widget->accessibleName());
            if (auto *label = qobject_cast<QLabel *>(widget))
                check(where, label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                check(where, button->text());
            else if (auto *box = qobject_cast<QGroupBox *>(widget))
                check(where, box->title());
            else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                check(where + QStringLiteral(" placeholder"), edit->placeholderText());
            else if (auto *combo = qobject_cast<QComboBox *>(widget))
                for (int i = 0; i < combo->count(); ++i)
                    check(where + QStringLiteral(" item"), combo->itemText(i));
            else if (auto *tree = qobject_cast<QTreeWidget *>(widget))
                for (int c = 0; c < tree->columnCount(); ++c)
                    check(where + QStringLiteral(" header"), tree->headerItem()->text(c));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
        collect(ProfileJson::toJson(test::testProfile()), &m_data);
        m_data << StagingProfile::database(test::testProfile()); // shown as the default it stands for
        std::sort(m_data.begin(), m_data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    void everyPageSpeaksThroughTr()
    {
        DeployWizard w;
        w.model()->edit([](DeploymentProfile &p) { p = test::testProfile(); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.currentPage()->title().startsWith(QStringLiteral("⟦")), qPrintable(w.currentPage()->title())); // the pseudo-locale is on
        QList<int> seen;
        while (true) {
            seen << w.currentId();
            checkPage(w);
            if (w.currentId() == DeployWizard::Preview)
                break;
            QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(w.currentPage()->title()));
            w.next();
        }
        w.next(); // the run page, before anything runs
        checkPage(w);
        w.restart();
        w.findChild<QAbstractButton *>(QStringLiteral("maintainButton"))->click();
        QCOMPARE(w.currentId(), int(DeployWizard::Maintain));
        checkPage(w);
        QVERIFY(seen.size() >= 7);
        QVERIFY2(m_untranslated.isEmpty(), qPrintable(m_untranslated.join(QLatin1Char('\n'))));
    }

    void theCheckCatchesAnUntranslatedLabel()
    {
        // The control: a label set without tr() is found.
        m_untranslated.clear();
        QWizard w;
        auto *page = new QWizardPage;
        page->setTitle(QCoreApplication::translate("test", "Translated"));
        auto *label = new QLabel(QStringLiteral("Forgotten text"), page);
        label->setObjectName(QStringLiteral("forgotten"));
        w.addPage(page);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        checkPage(w);
        QVERIFY2(m_untranslated.size() == 1 && m_untranslated.first().contains(QLatin1String("forgotten")), qPrintable(m_untranslated.join(QLatin1Char('\n'))));
        m_untranslated.clear();
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudo_locale.moc"
