#include "api/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kind = ApiError::Kind;

namespace {

QJsonValue json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestApiError final : public QObject {
    Q_OBJECT

private slots:
    void httpBodies_data();
    void httpBodies();
    void vllmFieldsKept();
    void llamaCppFieldsKept();
    void fastApiValidationDetail();
    void longTextBodyIsShortened();
    void emptyBodyUsesReason();
    void userMessages();
    void unauthorizedMentionsKey();
    void unknownRouteExplained();
    void streamErrors();
    void networkErrors_data();
    void networkErrors();
    void retryable_data();
    void retryable();
    void contextLength_data();
    void contextLength();
    void everyKindHasASentence();
    void unfollowedRedirects();
};

void TestApiError::httpBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("vllm nested") << 404
                                 << QByteArray(R"({"error":{"message":"The model `gpt-4o` does not exist.",)"
                                               R"("type":"NotFoundError","param":"model","code":404}})")
                                 << QStringLiteral("The model `gpt-4o` does not exist.");
    QTest::newRow("vllm old flat") << 400
                                   << QByteArray(
                                          R"({"object":"error","message":"Stream options can only be )"
                                          R"(defined when `stream=True`. None","type":"BadRequestError",)"
                                          R"("param":null,"code":400})")
                                   << QStringLiteral(
                                          "Stream options can only be defined when `stream=True`. None");
    QTest::newRow("unauthorized string")
        << 401 << QByteArray(R"({"error":"Unauthorized"})") << QStringLiteral("Unauthorized");
    QTest::newRow("scaling 503")
        << 503 << QByteArray(R"({"error":"The model is currently scaling. Please try again later."})")
        << QStringLiteral("The model is currently scaling. Please try again later.");
    QTest::newRow("fastapi not found")
        << 404 << QByteArray(R"({"detail":"Not Found"})") << QStringLiteral("Not Found");
    QTest::newRow("fastapi method") << 405 << QByteArray(R"({"detail":"Method Not Allowed"})")
                                    << QStringLiteral("Method Not Allowed");
    QTest::newRow("detail object") << 400 << QByteArray(R"({"detail":{"message":"bad thing"}})")
                                   << QStringLiteral("bad thing");
    QTest::newRow("llama.cpp") << 401
                               << QByteArray(R"({"error":{"code":401,"message":"Invalid API Key",)"
                                             R"("type":"authentication_error"}})")
                               << QStringLiteral("Invalid API Key");
    QTest::newRow("llama.cpp 500")
        << 500
        << QByteArray(R"({"error":{"code":500,"message":"[json.exception.parse_error.101] )"
                      R"(parse error","type":"server_error"}})")
        << QStringLiteral("[json.exception.parse_error.101] parse error");
    QTest::newRow("spaced json") << 400
                                 << QByteArray("{ \"error\" : { \"message\" : \"spaced \\u00e9\" } }\n")
                                 << QStringLiteral("spaced é");
    QTest::newRow("html") << 502
                          << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\n"
                                        "<center><h1>502   Bad Gateway</h1></center>\n</body></html>\n")
                          << QStringLiteral(
                                 "<html> <head><title>502 Bad Gateway</title></head> <body> <center>"
                                 "<h1>502 Bad Gateway</h1></center> </body></html>");
    QTest::newRow("plain text") << 500 << QByteArray("Internal Server Error")
                                << QStringLiteral("Internal Server Error");
    QTest::newRow("json array") << 400 << QByteArray(R"(["odd"])") << QStringLiteral(R"(["odd"])");
    QTest::newRow("unknown object") << 418 << QByteArray(R"({"teapot":true})")
                                    << QStringLiteral(R"({"teapot":true})");
}

void TestApiError::httpBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const ApiError error = ApiError::fromHttpResponse(status, body);
    QCOMPARE(error.kind, Kind::Http);
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.serverMessage, message);
    const QString sentence = error.userMessage();
    QVERIFY(!sentence.isEmpty());
    if (!(status == 404 && message == QLatin1String("Not Found")))
        QVERIFY2(sentence.contains(message), qPrintable(sentence));
    QVERIFY2(sentence.contains(QString::number(status)), qPrintable(sentence));
}

void TestApiError::vllmFieldsKept()
{
    const ApiError error = ApiError::fromHttpResponse(
        400, R"J({"error":{"message":"temperature must be non-negative, got -1.0. (parameter=temperature, )J"
             R"J(value=-1.0)","type":"BadRequestError","param":"temperature","code":400}})J");
    QCOMPARE(error.serverType, QStringLiteral("BadRequestError"));
    QCOMPARE(error.serverParam, QStringLiteral("temperature"));
    QCOMPARE(
        error.userMessage(),
        QStringLiteral("The server refused the request (HTTP 400): temperature must be non-negative, got "
                       "-1.0. (parameter=temperature, value=-1.0)"));
}

void TestApiError::llamaCppFieldsKept()
{
    const ApiError error = ApiError::fromHttpResponse(
        404, R"({"error":{"code":404,"message":"File Not Found","type":"not_found_error"}})");
    QCOMPARE(error.serverMessage, QStringLiteral("File Not Found"));
    QCOMPARE(error.serverType, QStringLiteral("not_found_error"));
    QVERIFY(error.serverParam.isEmpty());
    QVERIFY(error.userMessage().contains(QStringLiteral("File Not Found")));
}

void TestApiError::fastApiValidationDetail()
{
    const ApiError error = ApiError::fromHttpResponse(
        400, R"({"detail":[{"type":"missing","loc":["body","messages"],"msg":"Field required","input":{}},)"
             R"({"type":"int_parsing","loc":["body","n",0],"msg":"Input should be a valid integer"}]})");
    QVERIFY2(error.serverMessage.contains(QStringLiteral("Field required")), qPrintable(error.serverMessage));
    QVERIFY(error.serverMessage.contains(QStringLiteral("messages")));
    QVERIFY(error.serverMessage.contains(QStringLiteral("Input should be a valid integer")));
    QVERIFY(error.userMessage().contains(QStringLiteral("Field required")));
}

void TestApiError::longTextBodyIsShortened()
{
    QByteArray body = "Traceback (most recent call last):\n";
    for (int i = 0; i < 200; ++i)
        body += "  File \"/usr/lib/python3/site.py\", line " + QByteArray::number(i) + ", in <module>\n";
    const ApiError error = ApiError::fromHttpResponse(500, body);
    QVERIFY(error.serverMessage.startsWith(QStringLiteral("Traceback (most recent call last): File")));
    QVERIFY2(error.serverMessage.size() <= 301, qPrintable(QString::number(error.serverMessage.size())));
    QVERIFY(!error.serverMessage.contains(QLatin1Char('\n')));
    QVERIFY(!error.serverMessage.contains(QStringLiteral("  ")));
}

void TestApiError::emptyBodyUsesReason()
{
    QCOMPARE(ApiError::fromHttpResponse(503, {}).serverMessage, QStringLiteral("Service Unavailable"));
    QCOMPARE(ApiError::fromHttpResponse(502, " \n").serverMessage, QStringLiteral("Bad Gateway"));
    const ApiError odd = ApiError::fromHttpResponse(599, {});
    QCOMPARE(odd.httpStatus, 599);
    QVERIFY(odd.userMessage().contains(QStringLiteral("599")));
}

void TestApiError::userMessages()
{
    QCOMPARE(ApiError::make(Kind::ConnectionRefused).userMessage(),
             QStringLiteral("Could not connect to the server at its address: nothing is listening "
                            "(is vLLM running, or still loading the model?)."));
    QCOMPARE(ApiError::make(Kind::Truncated).userMessage(),
             QStringLiteral("The connection ended before the answer was complete."));
    QCOMPARE(ApiError::make(Kind::Canceled).userMessage(), QStringLiteral("Stopped."));
    QCOMPARE(ApiError::make(Kind::IdleTimeout).userMessage(),
             QStringLiteral("The server stopped sending for too long; the answer so far is kept."));
    QVERIFY(ApiError::make(Kind::Tls, QStringLiteral("certificate expired"))
                .userMessage()
                .contains(QStringLiteral("certificate expired")));
}

void TestApiError::unauthorizedMentionsKey()
{
    for (const QByteArray &body :
         {QByteArray(R"({"error":"Unauthorized"})"),
          QByteArray(
              R"({"error":{"code":401,"message":"Invalid API Key","type":"authentication_error"}})")}) {
        const QString sentence = ApiError::fromHttpResponse(401, body).userMessage();
        QVERIFY2(sentence.contains(QStringLiteral("API key")), qPrintable(sentence));
        QVERIFY(sentence.contains(QStringLiteral("401")));
    }
}

void TestApiError::unknownRouteExplained()
{
    const QString sentence = ApiError::fromHttpResponse(404, R"({"detail":"Not Found"})").userMessage();
    QVERIFY2(sentence.contains(QStringLiteral("route")), qPrintable(sentence));
    QVERIFY(sentence.contains(QStringLiteral("base URL")));
    // An unknown model is a different 404: the server's own words are shown.
    const QString model =
        ApiError::fromHttpResponse(404, R"({"error":{"message":"The model `x` does not exist.",)"
                                        R"("type":"NotFoundError","param":"model","code":404}})")
            .userMessage();
    QVERIFY2(model.contains(QStringLiteral("The model `x` does not exist.")), qPrintable(model));
}

void TestApiError::streamErrors()
{
    // vLLM's in-stream event value (Python's spaced json.dumps).
    const ApiError current = ApiError::fromStreamError(
        json(R"({"message": "Requested sample logprobs of 30, which is greater than max allowed: 20", )"
             R"("type": "BadRequestError", "param": "logprobs", "code": 400})"));
    QCOMPARE(current.kind, Kind::StreamError);
    QCOMPARE(current.httpStatus, 400);
    QCOMPARE(current.serverParam, QStringLiteral("logprobs"));
    QCOMPARE(current.userMessage(),
             QStringLiteral("The server reported an error while answering: Requested "
                            "sample logprobs of 30, which is greater than max allowed: 20"));

    // The whole event object handed over, in the old nested shape.
    const ApiError old = ApiError::fromStreamError(json(
        R"({"error": {"object": "error", "message": "Internal server error", "type": "InternalServerError", )"
        R"("param": null, "code": 500}})"));
    QCOMPARE(old.kind, Kind::StreamError);
    QCOMPARE(old.serverMessage, QStringLiteral("Internal server error"));
    QCOMPARE(old.httpStatus, 500);

    // llama.cpp's error line value, and bare text.
    const ApiError llama =
        ApiError::fromStreamError(json(R"({"code":500,"message":"slot unavailable","type":"server_error"})"));
    QCOMPARE(llama.serverMessage, QStringLiteral("slot unavailable"));
    QCOMPARE(llama.serverType, QStringLiteral("server_error"));
    QCOMPARE(ApiError::fromStreamError(QJsonValue(QStringLiteral("boom"))).serverMessage,
             QStringLiteral("boom"));
    QVERIFY(!ApiError::fromStreamError(QJsonValue()).userMessage().isEmpty());
}

void TestApiError::networkErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    using NE = QNetworkReply::NetworkError;
    QTest::newRow("refused") << int(NE::ConnectionRefusedError) << int(Kind::ConnectionRefused);
    QTest::newRow("host") << int(NE::HostNotFoundError) << int(Kind::HostNotFound);
    QTest::newRow("tls") << int(NE::SslHandshakeFailedError) << int(Kind::Tls);
    QTest::newRow("closed") << int(NE::RemoteHostClosedError) << int(Kind::ConnectionLost);
    QTest::newRow("session") << int(NE::NetworkSessionFailedError) << int(Kind::ConnectionLost);
    QTest::newRow("temporary") << int(NE::TemporaryNetworkFailureError) << int(Kind::ConnectionLost);
    QTest::newRow("canceled") << int(NE::OperationCanceledError) << int(Kind::Canceled);
    QTest::newRow("timeout") << int(NE::TimeoutError) << int(Kind::ConnectTimeout);
    QTest::newRow("redirects") << int(NE::TooManyRedirectsError) << int(Kind::Network);
    QTest::newRow("proxy") << int(NE::ProxyNotFoundError) << int(Kind::Network);
    QTest::newRow("unknown") << int(NE::UnknownNetworkError) << int(Kind::Network);
}

void TestApiError::networkErrors()
{
    QFETCH(int, code);
    QFETCH(int, kind);
    const ApiError error =
        ApiError::fromNetworkError(QNetworkReply::NetworkError(code), QStringLiteral("Qt says something"));
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(!ApiError::fromNetworkError(QNetworkReply::NoError, {}).isError());
}

void TestApiError::retryable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("refused") << int(Kind::ConnectionRefused) << 0 << true;
    for (int status : {429, 502, 503, 504})
        QTest::addRow("http %d", status) << int(Kind::Http) << status << true;
    for (int status : {400, 401, 404, 500, 501})
        QTest::addRow("http %d", status) << int(Kind::Http) << status << false;
    QTest::newRow("lost") << int(Kind::ConnectionLost) << 0 << false;
    QTest::newRow("connect timeout") << int(Kind::ConnectTimeout) << 0 << false;
    QTest::newRow("stream error 503") << int(Kind::StreamError) << 503 << false;
    QTest::newRow("canceled") << int(Kind::Canceled) << 0 << false;
}

void TestApiError::retryable()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    ApiError error = ApiError::make(Kind(kind));
    error.httpStatus = status;
    QCOMPARE(error.isRetryable(), retryable);
}

void TestApiError::contextLength_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("expected");
    // The three wordings of §4.4.
    QTest::newRow("snapshot") << 400
                              << QStringLiteral(
                                     "This model's maximum context length is 4096 tokens. However, you "
                                     "requested 100 output tokens and your prompt contains 5000 input "
                                     "tokens, for a total of 5100 tokens. Please reduce the length of the "
                                     "input prompt or the number of requested output tokens. "
                                     "(parameter=input_tokens, value=5000)")
                              << true;
    QTest::newRow("sep 2025") << 400
                              << QStringLiteral(
                                     "This model's maximum context length is 4096 tokens. However, your "
                                     "request has 5000 input tokens. Please reduce the length of the "
                                     "input messages.")
                              << true;
    QTest::newRow("feb 2026") << 400
                              << QStringLiteral(
                                     "You passed 5000 input tokens and requested 100 output tokens. "
                                     "However, the model's context length is only 4096 tokens, resulting "
                                     "in a maximum input length of 3996 tokens. Please reduce the length "
                                     "of the input prompt.")
                              << true;
    QTest::newRow("other 400") << 400 << QStringLiteral("temperature must be non-negative") << false;
    QTest::newRow("500") << 500 << QStringLiteral("maximum context length exceeded") << false;
}

void TestApiError::contextLength()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(bool, expected);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("message"), message},
                                               {QStringLiteral("type"), QStringLiteral("BadRequestError")},
                                               {QStringLiteral("code"), status}}}})
            .toJson();
    const ApiError error = ApiError::fromHttpResponse(status, body);
    QCOMPARE(error.isContextLengthError(), expected);
    QVERIFY(error.userMessage().contains(message));
}

void TestApiError::everyKindHasASentence()
{
    QVERIFY(ApiError().userMessage().isEmpty());
    QVERIFY(!ApiError().isError());
    for (int k = int(Kind::ConnectionRefused); k <= int(Kind::Network); ++k) {
        const QString sentence = ApiError::make(Kind(k)).userMessage();
        QVERIFY2(!sentence.isEmpty(), qPrintable(QString::number(k)));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')) || sentence.endsWith(QLatin1Char('?')),
                 qPrintable(sentence));
    }
}

void TestApiError::unfollowedRedirects()
{
    QVERIFY(ApiError::isRedirectStatus(307));
    QVERIFY(!ApiError::isRedirectStatus(200));
    QVERIFY(!ApiError::isRedirectStatus(400));
    // A redirect Loquat refuses (ServerRequest::follow) names the redirect and why.
    const ApiError error =
        ApiError::refusedRedirect(QStringLiteral("from https to an insecure http address"));
    QCOMPARE(error.kind, Kind::Network);
    QVERIFY(!error.isRetryable());
    QVERIFY2(error.userMessage().contains(QStringLiteral("redirected from https")),
             qPrintable(error.userMessage()));
    const ApiError loop = ApiError::fromNetworkError(QNetworkReply::TooManyRedirectsError, {});
    QVERIFY2(loop.userMessage().contains(QStringLiteral("redirect")), qPrintable(loop.userMessage()));
}

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
