// LogprobView (ui/sampling): tokens shaded by probability, alternatives on hover.

#include "sampling/logprobview.h"

#include <QTest>
#include <QTextCursor>

#include <cmath>

class TestLogprobView final : public QObject {
    Q_OBJECT

private slots:
    void tokensShadedAndLocated()
    {
        LogprobView view;
        view.resize(500, 300);
        view.show();
        view.setTokens({{QStringLiteral("Hello"),
                         -0.01,
                         {{QStringLiteral("Hello"), -0.01}, {QStringLiteral("Hi"), -4.6}}},
                        {QStringLiteral(" world"), -2.3, {}},
                        {QStringLiteral("\n"), -0.5, {}},
                        {QStringLiteral("!"), -9999.0, {}}});
        QCOMPARE(view.tokenCount(), 4);
        // "Hello world↵\n!": the newline token shows a mark before its line break.
        QCOMPARE(view.toPlainText(), QStringLiteral("Hello world↵\n!"));
        QCOMPARE(view.tokenAt(0), 0);
        QCOMPARE(view.tokenAt(4), 0);
        QCOMPARE(view.tokenAt(5), 1);
        QCOMPARE(view.tokenAt(11), 2);
        QCOMPARE(view.tokenAt(13), 3);
        QCOMPARE(view.tokenAt(14), -1);
        const QString tip = view.tooltipFor(0);
        QVERIFY2(tip.contains(QStringLiteral("99.0%")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Hi")));
        QVERIFY(tip.contains(QStringLiteral("1%")));
        QVERIFY(view.tooltipFor(1).contains(QStringLiteral("10.0%")));
        QVERIFY(view.tooltipFor(2).contains(QStringLiteral("↵")));
        QCOMPARE(view.tooltipFor(9), QString());
        // Colours: sure tokens are green, unsure ones red.
        QVERIFY(LogprobView::shade(1.0).hueF() > 0.3);
        QVERIFY(LogprobView::shade(0.0).hueF() < 0.05);
        QVERIFY(LogprobView::shade(0.0).alphaF() > LogprobView::shade(1.0).alphaF());
        QTextCursor cursor(view.document());
        cursor.setPosition(1);
        QCOMPARE(cursor.charFormat().background().color(), LogprobView::shade(std::exp(-0.01)));
    }
};

QTEST_MAIN(TestLogprobView)
#include "tst_logprobview.moc"
