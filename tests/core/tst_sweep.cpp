// Sweep (core/compare): lists, ranges and seeds become the right lanes; repeats multiply them.

#include "compare/sweep.h"
#include "sampling/samplingfields.h"

#include <QJsonArray>
#include <QTest>

class TestSweep final : public QObject {
    Q_OBJECT

private slots:
    void listOfValues()
    {
        QString error;
        const QList<QJsonValue> values =
            Sweep::parseValues(QStringLiteral("temperature"), QStringLiteral("0, 0.4,0.8 , 1.2"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(values, (QList<QJsonValue>{0, 0.4, 0.8, 1.2}));
    }

    void rangeIncludesBothEnds()
    {
        QString error;
        QCOMPARE(Sweep::parseValues(QStringLiteral("temperature"), QStringLiteral("0:1.2:0.4"), &error),
                 (QList<QJsonValue>{0, 0.4, 0.8, 1.2}));
        QCOMPARE(Sweep::parseValues(QStringLiteral("top_p"), QStringLiteral("0.7:1:0.1"), &error),
                 (QList<QJsonValue>{0.7, 0.8, 0.9, 1}));
        QCOMPARE(Sweep::parseValues(QStringLiteral("top_k"), QStringLiteral("10:40:10"), &error),
                 (QList<QJsonValue>{10, 20, 30, 40}));
        QVERIFY(error.isEmpty());
    }

    void listValuesOfOtherKinds()
    {
        QString error;
        QCOMPARE(Sweep::parseValues(QStringLiteral("stop"), QStringLiteral(R"(["a","b"], END)"), &error),
                 (QList<QJsonValue>{QJsonArray{QStringLiteral("a"), QStringLiteral("b")},
                                    QJsonArray{QStringLiteral("END")}}));
        QCOMPARE(Sweep::parseValues(QStringLiteral("reasoning_effort"), QStringLiteral("low,high"), &error),
                 (QList<QJsonValue>{QStringLiteral("low"), QStringLiteral("high")}));
        QCOMPARE(Sweep::parseValues(QStringLiteral("chat_template_kwargs.enable_thinking"),
                                    QStringLiteral("true,false"), &error),
                 (QList<QJsonValue>{true, false}));
        QVERIFY(error.isEmpty());
    }

    void invalidInputRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("out of range") << "top_p"
                                      << "0.5, 1.5";
        QTest::newRow("range out of range") << "temperature"
                                            << "-1:1:0.5";
        QTest::newRow("zero step") << "temperature"
                                   << "0:1:0";
        QTest::newRow("backwards") << "temperature"
                                   << "1:0:0.1";
        QTest::newRow("not numbers") << "temperature"
                                     << "a:b:c";
        QTest::newRow("too many") << "seed"
                                  << "0:1000:1";
        QTest::newRow("empty") << "temperature"
                               << " , ";
        QTest::newRow("no key") << ""
                                << "1,2";
        QTest::newRow("bad flag") << "logprobs"
                                  << "yes,perhaps";
    }
    void invalidInputRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QString error;
        QVERIFY(Sweep::parseValues(key, text, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void varyKeepsTheRest()
    {
        LaneSpec base;
        base.model = QStringLiteral("sim-chat");
        base.preset = QStringLiteral("Balanced");
        base.params = {{QStringLiteral("temperature"), 0.7}, {QStringLiteral("top_p"), 0.95}};
        const QList<LaneSpec> lanes = Sweep::vary(base, QStringLiteral("temperature"), {0, 1.2});
        QCOMPARE(lanes.size(), 2);
        QCOMPARE(lanes.at(0).params,
                 (QJsonObject{{QStringLiteral("temperature"), 0}, {QStringLiteral("top_p"), 0.95}}));
        QCOMPARE(lanes.at(1).params.value(QLatin1String("temperature")), QJsonValue(1.2));
        QCOMPARE(lanes.at(1).model, QStringLiteral("sim-chat"));
        QCOMPARE(lanes.at(1).preset, QStringLiteral("Balanced"));
        const QList<LaneSpec> nested =
            Sweep::vary(base, QStringLiteral("chat_template_kwargs.enable_thinking"), {true, false});
        QCOMPARE(SamplingFields::valueAt(nested.at(1).params, u"chat_template_kwargs.enable_thinking"),
                 QJsonValue(false));
    }

    void seedsAndRepeats()
    {
        QCOMPARE(Sweep::seeds(100, 3), (QList<QJsonValue>{100, 101, 102}));
        LaneSpec a;
        a.params = {{QStringLiteral("temperature"), 0.2}};
        LaneSpec b;
        b.params = {{QStringLiteral("temperature"), 1.0}};
        const QList<LaneSpec> lanes = Sweep::repeat({a, b}, 3);
        QCOMPARE(lanes.size(), 6);
        QList<int> repeats;
        for (const LaneSpec &lane : lanes)
            repeats.append(lane.repeat);
        QCOMPARE(repeats, (QList<int>{0, 1, 2, 0, 1, 2}));
        QCOMPARE(lanes.at(4).params, b.params);
        QCOMPARE(lanes.at(0).label(), QStringLiteral("temperature=0.2"));
        QCOMPARE(lanes.at(2).label(), QStringLiteral("temperature=0.2 · run 3"));
        QCOMPARE(Sweep::repeat({a}, 0).size(), 1);
        // A seed sweep of one lane, repeated: 2 seeds × 2 runs.
        const QList<LaneSpec> seeded =
            Sweep::repeat(Sweep::vary(a, QStringLiteral("seed"), Sweep::seeds(1, 2)), 2);
        QCOMPARE(seeded.size(), 4);
        QCOMPARE(seeded.at(3).params.value(QLatin1String("seed")), QJsonValue(2));
        QCOMPARE(seeded.at(3).repeat, 1);
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
