// LaneSpec and ParamDiff (core/compare): lanes from text, their labels, what differs from lane 1.

#include "compare/lanespec.h"
#include "compare/paramdiff.h"
#include "sampling/presetstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestLaneSpec final : public QObject {
    Q_OBJECT

private slots:
    void fromTextReadsFieldsModelAndPreset()
    {
        QTemporaryDir dir;
        PresetStore presets(dir.filePath(QStringLiteral("presets.json")));
        LaneSpec lane;
        QString error;
        QVERIFY(LaneSpec::fromText(QStringLiteral("temperature=1.0,top_p=0.9"), &presets, &lane, &error));
        QCOMPARE(lane.params,
                 (QJsonObject{{QStringLiteral("temperature"), 1.0}, {QStringLiteral("top_p"), 0.9}}));
        QVERIFY(lane.model.isEmpty());

        QVERIFY(LaneSpec::fromText(QStringLiteral("preset=Creative, temperature=0.5, model=sim-reasoner"),
                                   &presets, &lane, &error));
        QCOMPARE(lane.preset, QStringLiteral("Creative"));
        QCOMPARE(lane.model, QStringLiteral("sim-reasoner"));
        QCOMPARE(lane.params.value(QLatin1String("temperature")), QJsonValue(0.5));      // the lane wins
        QCOMPARE(lane.params.value(QLatin1String("presence_penalty")), QJsonValue(0.3)); // from the preset

        QVERIFY(LaneSpec::fromText(QString(), &presets, &lane, &error));
        QVERIFY(lane.params.isEmpty());
        QCOMPARE(lane.label(), QStringLiteral("server defaults"));
    }

    void fromTextRefusesBadInput()
    {
        LaneSpec lane;
        QString error;
        QVERIFY(!LaneSpec::fromText(QStringLiteral("temperature=-1"), nullptr, &lane, &error));
        QCOMPARE(error, QStringLiteral("Temperature must be ≥ 0, not -1."));
        error.clear();
        QVERIFY(!LaneSpec::fromText(QStringLiteral("preset=Creative"), nullptr, &lane, &error));
        QCOMPARE(error, QStringLiteral("There is no preset \"Creative\"."));
        error.clear();
        QVERIFY(!LaneSpec::fromText(QStringLiteral("top_logprobs=3"), nullptr, &lane, &error));
        QCOMPARE(error, QStringLiteral("Top alternatives need log probabilities turned on."));
        error.clear();
        QVERIFY(!LaneSpec::fromText(QStringLiteral("n=2,temperature=0"), nullptr, &lane, &error));
        QVERIFY(!error.isEmpty());
    }

    void labelNamesWhatMatters()
    {
        LaneSpec lane;
        lane.model = QStringLiteral("sim-chat");
        lane.preset = QStringLiteral("Precise");
        lane.params = {{QStringLiteral("seed"), 3},
                       {QStringLiteral("stop"), QJsonArray{QStringLiteral("x")}}};
        lane.repeat = 1;
        QCOMPARE(lane.label(), QStringLiteral("sim-chat · Precise · seed=3 · stop=[\"x\"] · run 2"));
    }

    void differencesFromTheFirstLane()
    {
        LaneSpec first;
        first.params = {{QStringLiteral("temperature"), 0.7}, {QStringLiteral("top_p"), 0.9}};
        LaneSpec same = first;
        QVERIFY(ParamDiff::between(first, same, QStringLiteral("sim-chat")).isEmpty());

        LaneSpec other;
        other.model = QStringLiteral("sim-reasoner");
        other.params = {{QStringLiteral("temperature"), 1.2},
                        {QStringLiteral("seed"), 4},
                        {QStringLiteral("chat_template_kwargs"),
                         QJsonObject{{QStringLiteral("enable_thinking"), false}}}};
        QCOMPARE(ParamDiff::between(first, other, QStringLiteral("sim-chat")),
                 (QStringList{QStringLiteral("model: sim-chat → sim-reasoner"),
                              QStringLiteral("chat_template_kwargs.enable_thinking: default → false"),
                              QStringLiteral("seed: default → 4"), QStringLiteral("temperature: 0.7 → 1.2"),
                              QStringLiteral("top_p: 0.9 → default")}));
        // The default model written out is no difference.
        LaneSpec named = first;
        named.model = QStringLiteral("sim-chat");
        QVERIFY(ParamDiff::between(first, named, QStringLiteral("sim-chat")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLaneSpec)
#include "tst_lanespec.moc"
