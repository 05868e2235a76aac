#include "settings/serverprofile.h"

#include <QTest>

// What a profile may hold, and the config it becomes.
class TestServerProfile final : public QObject {
    Q_OBJECT

private slots:
    void becomesAServerConfig()
    {
        ServerProfile profile;
        profile.id = QStringLiteral("id-1");
        profile.name = QStringLiteral("Lab");
        profile.baseUrl = QUrl(QStringLiteral("https://lab.example.org/v1"));
        profile.firstByteTimeoutMs = 1000;
        profile.idleTimeoutMs = 2000;
        profile.extraHeaders = {{"X-Team", "nlp"}};
        profile.trustedCertificateSha256 = "ab";
        const ServerConfig config = profile.serverConfig(QStringLiteral("sk-1"));
        QCOMPARE(config.profileId, QStringLiteral("id-1"));
        QCOMPARE(config.profileName, QStringLiteral("Lab"));
        QCOMPARE(config.baseUrl, profile.baseUrl);
        QCOMPARE(config.apiKey, QStringLiteral("sk-1"));
        QCOMPARE(config.firstByteTimeoutMs, 1000);
        QCOMPARE(config.idleTimeoutMs, 2000);
        QCOMPARE(config.extraHeaders, profile.extraHeaders);
        QCOMPARE(config.trustedCertificateSha256, QByteArray("ab"));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // a word of the message; "" = valid
        QTest::newRow("valid") << ""
                               << ""
                               << "";
        QTest::newRow("no name") << "name"
                                 << "  "
                                 << "name";
        QTest::newRow("ftp") << "url"
                             << "ftp://h/v1"
                             << "address";
        QTest::newRow("no host") << "url"
                                 << "http:///v1"
                                 << "address";
        QTest::newRow("authorization header") << "headers"
                                              << "Authorization: Bearer x"
                                              << "API key";
        QTest::newRow("cookie header") << "headers"
                                       << "cookie: a=b"
                                       << "API key";
        QTest::newRow("ordinary header") << "headers"
                                         << "X-Team: nlp"
                                         << "";
        QTest::newRow("key on the command line") << "command"
                                                 << "vllm serve m --api-key sk-123"
                                                 << "--api-key";
        QTest::newRow("key= on the command line") << "command"
                                                  << "vllm serve m --api-key=sk-1"
                                                  << "--api-key";
        QTest::newRow("key in the env") << "command"
                                        << "VLLM_API_KEY=sk-1 vllm serve m"
                                        << "--api-key";
        QTest::newRow("quoted mention is fine") << "command"
                                                << "vllm serve m --served-model-name '--api-key-like'"
                                                << "";
        QTest::newRow("zero time-out") << "timeout"
                                       << "0"
                                       << "Time-outs";
    }

    void validate()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        ServerProfile profile;
        profile.name = QStringLiteral("Lab");
        if (field == QLatin1String("name"))
            profile.name = value;
        else if (field == QLatin1String("url"))
            profile.baseUrl = QUrl(value);
        else if (field == QLatin1String("headers"))
            profile.extraHeaders = {
                {value.section(u':', 0, 0).toLatin1(), value.section(u':', 1).trimmed().toLatin1()}};
        else if (field == QLatin1String("command"))
            profile.serveCommand = value;
        else if (field == QLatin1String("timeout"))
            profile.idleTimeoutMs = value.toInt();
        const QString message = profile.validate();
        if (problem.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(problem), qPrintable(message));
    }

    void headerLines()
    {
        QString error;
        const HeaderList headers = ServerProfile::parseHeaders(
            QStringLiteral("X-Team: nlp\n\n  X-Route:a=b: c  \nbroken line\nX-Ok:"), &error);
        QCOMPARE(headers, (HeaderList{{"X-Team", "nlp"}, {"X-Route", "a=b: c"}, {"X-Ok", ""}}));
        QVERIFY2(error.contains(QStringLiteral("broken line")), qPrintable(error));
        QCOMPARE(ServerProfile::formatHeaders(headers),
                 QStringLiteral("X-Team: nlp\nX-Route: a=b: c\nX-Ok: "));
        // Header injection: no control characters, no spaces in names, ASCII values only.
        error.clear();
        QVERIFY(ServerProfile::parseHeaders(QStringLiteral("X A: b"), &error).isEmpty());
        QVERIFY(ServerProfile::parseHeaders(QStringLiteral("X-A: b\rEvil: 1"), &error).isEmpty());
        QVERIFY(ServerProfile::parseHeaders(QStringLiteral("X-A: é"), &error).isEmpty());
    }

    void idsAreUnique()
    {
        QVERIFY(ServerProfile::newId() != ServerProfile::newId());
        QVERIFY(!ServerProfile::newId().contains(QLatin1Char('{')));
    }
};

QTEST_GUILESS_MAIN(TestServerProfile)
#include "tst_serverprofile.moc"
