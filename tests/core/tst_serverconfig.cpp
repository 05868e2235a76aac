#include "api/serverconfig.h"

#include <QTest>

class TestServerConfig final : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void endpoint_data();
    void endpoint();
    void serverRoot_data();
    void serverRoot();
    void normalizeBaseUrl_data();
    void normalizeBaseUrl();
    void timeoutFromEnvironment_data();
    void timeoutFromEnvironment();
    void cleanup();
};

void TestServerConfig::defaults()
{
    const ServerConfig config;
    QCOMPARE(config.baseUrl, QUrl(QStringLiteral("http://localhost:8000/v1")));
    QCOMPARE(config.firstByteTimeoutMs, ServerConfig::kDefaultTimeoutMs);
    QCOMPARE(config.idleTimeoutMs, ServerConfig::kDefaultTimeoutMs);
    QVERIFY(config.apiKey.isEmpty());
}

void TestServerConfig::endpoint_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "http://h:8000/v1"
                           << "chat/completions"
                           << "http://h:8000/v1/chat/completions";
    QTest::newRow("trailing slash") << "http://h:8000/v1/"
                                    << "models"
                                    << "http://h:8000/v1/models";
    QTest::newRow("many slashes") << "http://h:8000/v1//"
                                  << "/models"
                                  << "http://h:8000/v1/models";
    QTest::newRow("proxy prefix") << "https://h/openai/v1"
                                  << "chat/completions"
                                  << "https://h/openai/v1/chat/completions";
    QTest::newRow("no path") << "http://h:8000"
                             << "models"
                             << "http://h:8000/models";
}

void TestServerConfig::endpoint()
{
    QFETCH(QString, base);
    QFETCH(QString, route);
    QFETCH(QString, expected);
    ServerConfig config;
    config.baseUrl = QUrl(base);
    QCOMPARE(config.endpoint(route).toString(), expected);
}

void TestServerConfig::serverRoot_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("v1") << "http://h:8000/v1"
                        << "http://h:8000";
    QTest::newRow("v1 slash") << "http://h:8000/v1/"
                              << "http://h:8000";
    QTest::newRow("proxy prefix") << "https://h/openai/v1"
                                  << "https://h/openai";
    QTest::newRow("no v1") << "http://h:8000"
                           << "http://h:8000";
    QTest::newRow("v1 inside a word") << "http://h/apiv1"
                                      << "http://h/apiv1";
}

void TestServerConfig::serverRoot()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    ServerConfig config;
    config.baseUrl = QUrl(base);
    QCOMPARE(config.serverRoot().toString(), expected);
}

void TestServerConfig::normalizeBaseUrl_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::newRow("host:port") << "localhost:8000"
                               << "http://localhost:8000/v1";
    QTest::newRow("spaces around") << "  localhost:8000 \n"
                                   << "http://localhost:8000/v1";
    QTest::newRow("ip:port") << "127.0.0.1:8000"
                             << "http://127.0.0.1:8000/v1";
    QTest::newRow("ipv6") << "[::1]:8000"
                          << "http://[::1]:8000/v1";
    QTest::newRow("bare host") << "gpu-box"
                               << "http://gpu-box/v1";
    QTest::newRow("http no path") << "http://h:8000"
                                  << "http://h:8000/v1";
    QTest::newRow("http root slash") << "http://h:8000/"
                                     << "http://h:8000/v1";
    QTest::newRow("v1 slash") << "http://h:8000/v1/"
                              << "http://h:8000/v1";
    QTest::newRow("https prefix kept") << "https://h/openai/v1"
                                       << "https://h/openai/v1";
    QTest::newRow("upper-case scheme") << "HTTP://h:8000/v1"
                                       << "http://h:8000/v1";
    QTest::newRow("pasted endpoint") << "http://h:8000/v1/chat/completions"
                                     << "http://h:8000/v1";
    QTest::newRow("ftp") << "ftp://h/v1" << QString();
    QTest::newRow("file") << "file:///tmp/x" << QString();
    QTest::newRow("empty host") << "http://" << QString();
    QTest::newRow("empty host with path") << "http:///v1" << QString();
    QTest::newRow("empty") << "" << QString();
    QTest::newRow("blank") << "   " << QString();
    QTest::newRow("words") << "not a server" << QString();
    QTest::newRow("bad port") << "localhost:80a0" << QString();
}

void TestServerConfig::normalizeBaseUrl()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const QUrl url = ServerConfig::normalizeBaseUrl(typed);
    if (expected.isEmpty()) {
        QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
    } else {
        QVERIFY(url.isValid());
        QCOMPARE(url.toString(), expected);
    }
}

void TestServerConfig::timeoutFromEnvironment_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expectedMs"); // -1: unchanged
    QTest::newRow("whole") << QByteArray("30") << 30'000;
    QTest::newRow("fraction") << QByteArray("2.5") << 2'500;
    QTest::newRow("spaces") << QByteArray(" 4 ") << 4'000;
    QTest::newRow("zero") << QByteArray("0") << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("words") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray("") << -1;
    QTest::newRow("infinite") << QByteArray("inf") << -1;
}

void TestServerConfig::timeoutFromEnvironment()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expectedMs);
    qputenv("LOQUAT_TIMEOUT", value);
    ServerConfig config;
    config.firstByteTimeoutMs = 1234;
    config.idleTimeoutMs = 5678;
    config.applyEnvironment();
    QCOMPARE(config.firstByteTimeoutMs, expectedMs < 0 ? 1234 : expectedMs);
    QCOMPARE(config.idleTimeoutMs, expectedMs < 0 ? 5678 : expectedMs);
}

void TestServerConfig::cleanup()
{
    qunsetenv("LOQUAT_TIMEOUT");
}

QTEST_APPLESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
