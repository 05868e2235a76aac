// StaggeredFlush (core/compare): one update a frame per lane, lanes on separate event-loop turns.

#include "compare/staggeredflush.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

class TestStaggeredFlush final : public QObject {
    Q_OBJECT

private slots:
    void coalescesAndStaggers()
    {
        StaggeredFlush flush(10);
        flush.resize(3);
        QList<int> calls;
        QList<int> turnsSeen;
        int turns = 0;
        // A zero timer counts event-loop turns: if two lanes ran in one turn, the count would not
        // move between their callbacks.
        QTimer turn;
        turn.setInterval(0);
        connect(&turn, &QTimer::timeout, this, [&] { ++turns; });
        turn.start();
        flush.setCallback([&](int lane) {
            calls.append(lane);
            turnsSeen.append(turns);
        });
        for (int i = 0; i < 5; ++i) { // many changes of the same lanes before the frame
            flush.markDirty(2);
            flush.markDirty(0);
        }
        flush.markDirty(7);       // out of range: ignored
        QVERIFY(calls.isEmpty()); // nothing before the frame
        QTRY_COMPARE(calls.size(), 2);
        QCOMPARE(calls, (QList<int>{0, 2})); // once each, in lane order
        QVERIFY(turnsSeen.at(1) > turnsSeen.at(0));
        QTest::qWait(40);
        QCOMPARE(calls.size(), 2); // nothing more without changes

        // A lane that changes during a cycle waits for the next frame; flushLane runs at once.
        flush.markDirty(1);
        flush.flushLane(1);
        QCOMPARE(calls.last(), 1);
        QTest::qWait(40);
        QCOMPARE(calls.size(), 3); // the pending update was the one just run
        flush.markDirty(0);
        flush.stop();
        QTest::qWait(40);
        QCOMPARE(calls.size(), 3);
    }

    // The repaint a lane's update asks for is a posted event, delivered on the next turn: that turn
    // runs no lane, so the repaint never holds the UI thread together with the next lane's update.
    void aLaneUpdatesRepaintHasATurnOfItsOwn()
    {
        StaggeredFlush flush(5);
        flush.resize(3);
        int turn = 0;
        QList<int> updateTurns;
        QList<int> paintTurns;
        struct PaintRecorder : QObject {
            std::function<void()> onPaint;
            bool event(QEvent *event) override
            {
                if (event->type() == QEvent::UpdateRequest) {
                    onPaint();
                    return true;
                }
                return QObject::event(event);
            }
        } recorder;
        recorder.onPaint = [&] { paintTurns.append(turn); };
        flush.setCallback([&](int) {
            updateTurns.append(turn);
            QCoreApplication::postEvent(&recorder, new QEvent(QEvent::UpdateRequest), Qt::LowEventPriority);
        });
        flush.markDirty(0);
        flush.markDirty(1);
        flush.markDirty(2);
        // The turns counted as BusyMeter counts them (bench/): one processEvents() a turn.
        QElapsedTimer clock;
        clock.start();
        while (paintTurns.size() < 3 && clock.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            ++turn;
        }
        QCOMPARE(updateTurns.size(), 3);
        QCOMPARE(paintTurns.size(), 3);
        for (const int paintTurn : std::as_const(paintTurns))
            QVERIFY2(!updateTurns.contains(paintTurn),
                     qPrintable(QStringLiteral("a repaint on turn %1 with a lane's update").arg(paintTurn)));
    }
};

QTEST_GUILESS_MAIN(TestStaggeredFlush)
#include "tst_staggeredflush.moc"
