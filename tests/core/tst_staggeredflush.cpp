// StaggeredFlush (core/compare): one update a frame per lane, lanes on separate event-loop turns.

#include "compare/staggeredflush.h"

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
};

QTEST_GUILESS_MAIN(TestStaggeredFlush)
#include "tst_staggeredflush.moc"
