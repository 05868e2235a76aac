// `loquat-cli compare` as a user runs it: the real executable against the in-process simulator.

#include "simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliCompare final : public QObject {
    Q_OBJECT

private:
    SimServer *m_sim = nullptr;
    QTemporaryDir m_data;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LOQUAT_DATA_DIR"), m_data.path());
        env.remove(QStringLiteral("LOQUAT_API_KEY"));
        process.setProcessEnvironment(env);
        process.start(
            qEnvironmentVariable("LOQUAT_CLI"),
            QStringList{QStringLiteral("compare"), QStringLiteral("--url"), m_sim->baseUrl().toString()} +
                arguments);
        // The simulator runs on this thread: wait with the event loop turning, never blocking it.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000); }();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("LOQUAT_CLI").isEmpty());
        m_sim = new SimServer(this);
        QVERIFY(m_sim->listen());
    }

    void textOutput()
    {
        const Run r = cli({QStringLiteral("--model"), QStringLiteral("sim-chat"), QStringLiteral("--lane"),
                           QStringLiteral("temperature=0.2"), QStringLiteral("--lane"),
                           QStringLiteral("temperature=1.0,top_p=0.9"), QStringLiteral("Hello there")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("=== Lane 1: temperature=0.2 ===\n## Réponse 1")));
        QVERIFY(r.out.contains(QStringLiteral("=== Lane 2: temperature=1 · top_p=0.9 ===")));
        // The figures table: a header and one row per lane.
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.at(lines.size() - 3).startsWith(QStringLiteral("#  lane")));
        QVERIFY(lines.at(lines.size() - 2).startsWith(QStringLiteral("1  temperature=0.2")));
        QVERIFY(lines.last().startsWith(QStringLiteral("2  temperature=1 · top_p=0.9")));
        QVERIFY(lines.last().endsWith(QStringLiteral("stop")));
    }

    void jsonWithRepeats()
    {
        const int before = m_sim->chatRequestCount();
        const Run r =
            cli({QStringLiteral("--model"), QStringLiteral("sim-chat"), QStringLiteral("--lane"),
                 QStringLiteral("temperature=0.5,seed=3,max_completion_tokens=16"), QStringLiteral("--lane"),
                 QStringLiteral("preset=Precise,model=sim-reasoner,max_completion_tokens=16"),
                 QStringLiteral("--repeat"), QStringLiteral("2"), QStringLiteral("--json"),
                 QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_sim->chatRequestCount() - before, 4);
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out.value(QLatin1String("prompt")), QJsonValue(QStringLiteral("Hi")));
        const QJsonArray lanes = out.value(QLatin1String("lanes")).toArray();
        QCOMPARE(lanes.size(), 4);
        const QJsonObject first = lanes.at(0).toObject();
        const QJsonObject second = lanes.at(1).toObject();
        QCOMPARE(first.value(QLatin1String("repeat")), QJsonValue(1));
        QCOMPARE(second.value(QLatin1String("repeat")), QJsonValue(2));
        // The same seed twice: the same answer.
        QCOMPARE(first.value(QLatin1String("content")), second.value(QLatin1String("content")));
        QCOMPARE(first.value(QLatin1String("finish_reason")), QJsonValue(QStringLiteral("length")));
        QCOMPARE(first.value(QLatin1String("figures")).toObject().value(QLatin1String("completion_tokens")),
                 QJsonValue(16));
        QCOMPARE(first.value(QLatin1String("request")).toObject().value(QLatin1String("seed")),
                 QJsonValue(3));
        const QJsonObject third = lanes.at(2).toObject();
        QCOMPARE(third.value(QLatin1String("model")), QJsonValue(QStringLiteral("sim-reasoner")));
        QCOMPARE(third.value(QLatin1String("preset")), QJsonValue(QStringLiteral("Precise")));
        QVERIFY(third.value(QLatin1String("differs_from_lane_1"))
                    .toArray()
                    .contains(QStringLiteral("model: sim-chat → sim-reasoner")));
        QVERIFY(!third.value(QLatin1String("reasoning")).toString().isEmpty());
    }

    void badLaneCaughtBeforeSending()
    {
        const int before = m_sim->chatRequestCount();
        const Run r = cli({QStringLiteral("--model"), QStringLiteral("sim-chat"), QStringLiteral("--lane"),
                           QStringLiteral("temperature=0.2"), QStringLiteral("--lane"),
                           QStringLiteral("top_p=3"), QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 QStringLiteral("loquat-cli: lane 2 (\"top_p=3\"): Top p must be in (0, 1], not 3.\n"));
        QCOMPARE(m_sim->chatRequestCount(), before);
    }

    void serverRefusalOnOneLane()
    {
        const Run r = cli({QStringLiteral("--model"), QStringLiteral("sim-chat"), QStringLiteral("--lane"),
                           QStringLiteral("max_completion_tokens=8"), QStringLiteral("--lane"),
                           QStringLiteral("model=missing"), QStringLiteral("--json"), QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 1); // a lane failed
        const QJsonArray lanes =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("lanes")).toArray();
        QCOMPARE(lanes.at(0).toObject().value(QLatin1String("state")),
                 QJsonValue(QStringLiteral("complete")));
        QCOMPARE(lanes.at(1).toObject().value(QLatin1String("state")), QJsonValue(QStringLiteral("failed")));
        QVERIFY(lanes.at(1)
                    .toObject()
                    .value(QLatin1String("error"))
                    .toString()
                    .contains(QStringLiteral("The model `missing` does not exist.")));
    }

    void usageErrors()
    {
        Run r = cli({QStringLiteral("--model"), QStringLiteral("sim-chat"), QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("compare needs at least one --lane")));
        r = cli({QStringLiteral("--model"), QStringLiteral("sim-chat"), QStringLiteral("--lane"), QString(),
                 QStringLiteral("--repeat"), QStringLiteral("0"), QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--repeat takes a number from 1 to 32")));
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
