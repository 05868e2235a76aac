// `loquat-cli embed` as a user runs it: the real executable (LOQUAT_CLI) against an in-process
// simulator over loopback — the similarity matrix, a ranking, every vector as JSON, texts from
// files and standard input, refusals, and usage errors.
#include "simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LOQUAT_API_KEY", "VLLM_API_KEY", "OPENAI_API_KEY", "LOQUAT_URL"})
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(qEnvironmentVariable("LOQUAT_CLI"), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    // The event loop must run: the simulator answers on this thread.
    if (!finished.wait(30000))
        process.kill();
    Run run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestEmbedCommand final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void similarityMatrix();
    void rankingAgainstAQuery();
    void jsonVectors();
    void textsFromFilesAndStdin();
    void chatServerAndRefusals();
    void usageErrors();

private:
    QStringList base() const
    {
        return {QStringLiteral("embed"), QStringLiteral("--url"), m_sim.baseUrl().toString(),
                QStringLiteral("--model"), QStringLiteral("sim-embed")};
    }

    SimServer m_sim{SimOptions::forTask(SimTask::Embed)};
};

void TestEmbedCommand::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("LOQUAT_CLI"))
        QSKIP("LOQUAT_CLI is not set (run through ctest)");
    QVERIFY(m_sim.listen());
}

void TestEmbedCommand::similarityMatrix()
{
    const Run run = runCli(base() << QStringLiteral("The cat sat.") << QStringLiteral("A cat sleeps.")
                                  << QStringLiteral("Revenue grew."));
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    QVERIFY2(lines.value(0).contains(QLatin1String("[1]")) && lines.value(0).contains(QLatin1String("[3]")),
             qPrintable(run.out));
    QVERIFY(lines.value(1).startsWith(QLatin1String("   [1]")));
    QVERIFY(lines.value(1).contains(QLatin1String("1.0000")));
    // cat–cat beats cat–revenue.
    const QStringList first = lines.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY(first.value(2).toDouble() > first.value(3).toDouble());
    QVERIFY(run.out.contains(QLatin1String("[3] Revenue grew.")));
    QCOMPARE(m_sim.lastPoolingBody().value(QLatin1String("encoding_format")).toString(),
             QStringLiteral("base64"));
}

void TestEmbedCommand::rankingAgainstAQuery()
{
    const Run run = runCli(base() << QStringLiteral("--query") << QStringLiteral("sleeping cats")
                                  << QStringLiteral("Revenue grew.") << QStringLiteral("Cats sleep a lot."));
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(QLatin1String("[2] Cats sleep a lot.")), qPrintable(run.out));
    QVERIFY(lines[0].trimmed().startsWith(QLatin1String("1 ")));
}

void TestEmbedCommand::jsonVectors()
{
    const Run run = runCli(base() << QStringLiteral("--json") << QStringLiteral("--dimensions")
                                  << QStringLiteral("64") << QStringLiteral("--query") << QStringLiteral("q")
                                  << QStringLiteral("one") << QStringLiteral("two"));
    QCOMPARE(run.status, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("dimensions")).toInt(), 64);
    const QJsonArray data = root.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[1].toObject().value(QLatin1String("text")).toString(), QStringLiteral("two"));
    QCOMPARE(data[1].toObject().value(QLatin1String("embedding")).toArray().size(), 64);
    QVERIFY(root.value(QLatin1String("usage")).toObject().value(QLatin1String("prompt_tokens")).toInt() > 0);
    QCOMPARE(root.value(QLatin1String("query")).toObject().value(QLatin1String("ranking")).toArray().size(),
             2);
    QCOMPARE(m_sim.lastPoolingBody().value(QLatin1String("dimensions")).toInt(), 64);
}

void TestEmbedCommand::textsFromFilesAndStdin()
{
    QTemporaryDir dir;
    const QString txt = dir.filePath(QStringLiteral("t.txt"));
    {
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("alpha\n\nbeta\ngamma\n");
    }
    Run run = runCli(base() << QStringLiteral("--json") << QStringLiteral("--file") << txt);
    QCOMPARE(run.status, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("data")).toArray().size(),
             3);

    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,body\n1,\"first, text\"\n2,second\n");
    }
    run = runCli(base() << QStringLiteral("--json") << QStringLiteral("--file") << csv
                        << QStringLiteral("--field") << QStringLiteral("body"));
    QCOMPARE(run.status, 0);
    const QJsonArray data =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("data")).toArray();
    QCOMPARE(data[0].toObject().value(QLatin1String("text")).toString(), QStringLiteral("first, text"));
    run = runCli(base() << QStringLiteral("--file") << csv << QStringLiteral("--field")
                        << QStringLiteral("nope"));
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(QLatin1String("nope")));

    run = runCli(base() << QStringLiteral("--file") << QStringLiteral("-"), "from\nstdin\n");
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains(QLatin1String("[2] stdin")));
}

void TestEmbedCommand::chatServerAndRefusals()
{
    SimServer chat; // a chat model: no /v1/embeddings
    QVERIFY(chat.listen());
    Run run = runCli({QStringLiteral("embed"), QStringLiteral("--url"), chat.baseUrl().toString(),
                      QStringLiteral("--model"), QStringLiteral("sim-chat"), QStringLiteral("hello")});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QLatin1String("does not serve embeddings")), qPrintable(run.err));

    QStringList words;
    for (int i = 0; i < 900; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    run = runCli(base() << QStringLiteral("short") << words.join(QLatin1Char(' '))
                        << QStringLiteral("also short"));
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(QLatin1String("text 2")) &&
                 run.err.contains(QLatin1String("maximum context length")),
             qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("[3] also short")));
    QVERIFY(!run.out.contains(QLatin1String("[2]")));
    // With truncation the long text is cut to fit instead.
    run = runCli(base() << QStringLiteral("--truncate") << QStringLiteral("short")
                        << words.join(QLatin1Char(' ')));
    QCOMPARE(run.status, 0);
}

void TestEmbedCommand::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("embed"), QStringLiteral("text")}).status, 2); // no --model
    QCOMPARE(runCli(base()).status, 2);                                            // no texts
    QCOMPARE(runCli(base() << QStringLiteral("--file") << QStringLiteral("x.txt") << QStringLiteral("text"))
                 .status,
             2);
    const Run bad =
        runCli(base() << QStringLiteral("--dimensions") << QStringLiteral("zero") << QStringLiteral("t"));
    QCOMPARE(bad.status, 2);
    QVERIFY(bad.err.contains(QLatin1String("--dimensions")));
    QCOMPARE(runCli(base() << QStringLiteral("--file") << QStringLiteral("/no/such/file.txt")).status, 2);
    QCOMPARE(runCli(base() << QStringLiteral("   ")).status, 2); // an empty text
}

QTEST_GUILESS_MAIN(TestEmbedCommand)
#include "tst_embedcommand.moc"
