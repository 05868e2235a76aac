#include "composer.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestComposer final : public QObject {
    Q_OBJECT

private slots:
    void enterSendsTheText();
    void shiftEnterInsertsANewLine();
    void escapeAsksToStop();
    void blankTextIsNotSent();
    void busyTurnsTheButtonIntoStop();
    void noModelDisablesSendingWithAReason();
    void textStaysUntilTheOwnerClearsIt();
};

void TestComposer::enterSendsTheText()
{
    Composer composer;
    QSignalSpy sent(&composer, &Composer::sendRequested);
    QTest::keyClicks(composer.editor(), QStringLiteral("hello there"));
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("hello there"));
    // The keypad's Enter sends too.
    QTest::keyClick(composer.editor(), Qt::Key_Enter);
    QCOMPARE(sent.count(), 2);
}

void TestComposer::shiftEnterInsertsANewLine()
{
    Composer composer;
    QSignalSpy sent(&composer, &Composer::sendRequested);
    QTest::keyClicks(composer.editor(), QStringLiteral("first"));
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(composer.editor(), QStringLiteral("second"));
    QCOMPARE(sent.count(), 0);
    // A real newline (not U+2028), so the server receives two lines.
    QCOMPARE(composer.text(), QStringLiteral("first\nsecond"));
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("first\nsecond"));
}

void TestComposer::escapeAsksToStop()
{
    Composer composer;
    QSignalSpy stop(&composer, &Composer::stopRequested);
    QSignalSpy sent(&composer, &Composer::sendRequested);
    QTest::keyClicks(composer.editor(), QStringLiteral("draft"));
    QTest::keyClick(composer.editor(), Qt::Key_Escape);
    QCOMPARE(stop.count(), 1);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(composer.text(), QStringLiteral("draft")); // Esc never throws away what was typed
}

void TestComposer::blankTextIsNotSent()
{
    Composer composer;
    QSignalSpy sent(&composer, &Composer::sendRequested);
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QTest::keyClicks(composer.editor(), QStringLiteral("   "));
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 0);
    QVERIFY(!composer.button()->isEnabled());
}

void TestComposer::busyTurnsTheButtonIntoStop()
{
    Composer composer;
    QSignalSpy sent(&composer, &Composer::sendRequested);
    QSignalSpy stop(&composer, &Composer::stopRequested);
    QTest::keyClicks(composer.editor(), QStringLiteral("next question"));
    QCOMPARE(composer.button()->text(), QStringLiteral("Send"));
    composer.setBusy(true);
    QCOMPARE(composer.button()->text(), QStringLiteral("Stop"));
    QVERIFY(composer.button()->isEnabled());
    // While an answer streams Enter does not send: the text waits for its turn.
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(composer.text(), QStringLiteral("next question"));
    QTest::mouseClick(composer.button(), Qt::LeftButton);
    QCOMPARE(stop.count(), 1);
    composer.setBusy(false);
    QCOMPARE(composer.button()->text(), QStringLiteral("Send"));
    QTest::mouseClick(composer.button(), Qt::LeftButton);
    QCOMPARE(sent.count(), 1);
}

void TestComposer::noModelDisablesSendingWithAReason()
{
    Composer composer;
    QSignalSpy sent(&composer, &Composer::sendRequested);
    composer.setCanSend(false, QStringLiteral("Choose a model first"));
    QTest::keyClicks(composer.editor(), QStringLiteral("hello"));
    QVERIFY(!composer.button()->isEnabled());
    QCOMPARE(composer.button()->toolTip(), QStringLiteral("Choose a model first"));
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(composer.text(), QStringLiteral("hello"));
    composer.setCanSend(true);
    QVERIFY(composer.button()->isEnabled());
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
}

void TestComposer::textStaysUntilTheOwnerClearsIt()
{
    Composer composer;
    bool accept = false;
    // The owner clears the composer only when the send was accepted, as MainWindow does.
    connect(&composer, &Composer::sendRequested, &composer, [&](const QString &) {
        if (accept)
            composer.clear();
    });
    QTest::keyClicks(composer.editor(), QStringLiteral("important words"));
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QCOMPARE(composer.text(), QStringLiteral("important words"));
    accept = true;
    QTest::keyClick(composer.editor(), Qt::Key_Return);
    QCOMPARE(composer.text(), QString());
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
