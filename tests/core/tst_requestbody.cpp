#include "api/chatrequest.h"
#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"
#include "media/requestbody.h"
#include "media/streamedbody.h"
#include "mediafiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestRequestBody final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void exactParts();
    void dataUrlsDecodeToTheFiles();
    void recordedRequestHasNoData();
    void textOnlyRequestUnchanged();
    void urlReferencesAreNotFiles();
    void streamedReadsMatchWholeBody();
    void seekAndReadAgain();
    void vanishedFileIsAnError();

private:
    Attachment prepare(const QString &name, const QByteArray &bytes);
    ChatRequest mediaRequest();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AttachmentStore> m_store;
    QByteArray m_png, m_wav, m_flac;
};

void TestRequestBody::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<AttachmentStore>(m_dir->filePath(QStringLiteral("store")));
    m_png = MediaFiles::encoded(MediaFiles::quadrants(64, 32), "png");
    m_wav = MediaFiles::wav(100);
    m_flac = QByteArray("fLaC\x00\x00\x00\x22", 8) + QByteArray(1001, 'x'); // length not a multiple of 3
}

Attachment TestRequestBody::prepare(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    MediaFiles::writeFile(path, bytes);
    AttachmentPreparer::Options options;
    options.store = m_store.get();
    const AttachmentPreparer::Result result = AttachmentPreparer::prepareFile(path, options);
    if (!result.ok)
        qWarning("%s", qPrintable(result.error));
    return result.attachment;
}

ChatRequest TestRequestBody::mediaRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("sim-omni");
    request.params.insert(QStringLiteral("temperature"), 0.5);
    request.messages.append(ChatMessage{QStringLiteral("system"), QStringLiteral("Be brief."), {}, {}, {}});
    ChatMessage user{
        QStringLiteral("user"), QStringLiteral("What is in these? \"quoted\" \x01 text"), {}, {}, {}};
    user.attachments = {prepare(QStringLiteral("a.png"), m_png), prepare(QStringLiteral("b.wav"), m_wav),
                        prepare(QStringLiteral("c.mp4"), MediaFiles::readFile(MediaFiles::tinyMp4Path())),
                        prepare(QStringLiteral("d.flac"), m_flac)};
    request.messages.append(user);
    return request;
}

void TestRequestBody::exactParts()
{
    const ChatRequest request = mediaRequest();
    const QByteArray body = RequestBody::assemble(RequestBody::segments(request));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QLatin1String("model")).toString(), QStringLiteral("sim-omni"));
    QCOMPARE(json.value(QLatin1String("temperature")).toDouble(), 0.5);
    QCOMPARE(json.value(QLatin1String("stream")).toBool(), true);
    const QJsonArray messages = json.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("Be brief."));
    const QJsonObject user = messages.at(1).toObject();
    QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("user"));
    const QJsonArray parts = user.value(QLatin1String("content")).toArray();
    QCOMPARE(parts.size(), 5);
    const auto key = [](const QJsonValue &part) { return part.toObject().keys(); };
    QCOMPARE(key(parts[0]), (QStringList{QStringLiteral("image_url"), QStringLiteral("type")}));
    QCOMPARE(parts[0].toObject().value(QLatin1String("type")).toString(), QStringLiteral("image_url"));
    QCOMPARE(parts[0].toObject().value(QLatin1String("image_url")).toObject().keys(),
             QStringList{QStringLiteral("url")});
    QCOMPARE(parts[1].toObject().value(QLatin1String("type")).toString(), QStringLiteral("input_audio"));
    QCOMPARE(parts[1]
                 .toObject()
                 .value(QLatin1String("input_audio"))
                 .toObject()
                 .value(QLatin1String("format"))
                 .toString(),
             QStringLiteral("wav"));
    QCOMPARE(parts[2].toObject().value(QLatin1String("type")).toString(), QStringLiteral("video_url"));
    QCOMPARE(parts[3].toObject().value(QLatin1String("type")).toString(), QStringLiteral("audio_url"));
    QCOMPARE(parts[4].toObject(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                               {QStringLiteral("text"),
                                                QStringLiteral("What is in these? \"quoted\" \x01 text")}}));
}

void TestRequestBody::dataUrlsDecodeToTheFiles()
{
    const QJsonArray parts =
        QJsonDocument::fromJson(RequestBody::assemble(RequestBody::segments(mediaRequest())))
            .object()
            .value(QLatin1String("messages"))
            .toArray()
            .at(1)
            .toObject()
            .value(QLatin1String("content"))
            .toArray();
    const auto urlOf = [&](int i, const char *key) {
        return parts[i]
            .toObject()
            .value(QLatin1String(key))
            .toObject()
            .value(QLatin1String("url"))
            .toString();
    };
    const auto decoded = [](const QString &url, const QString &prefix) {
        if (!url.startsWith(prefix))
            return QByteArray("(wrong prefix) ") + url.left(40).toUtf8();
        const QByteArray b64 = url.mid(prefix.size()).toLatin1();
        auto result = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        // Strict: standard alphabet, padded, no line breaks.
        return result && b64.size() % 4 == 0 && !b64.contains('\n') ? *result : QByteArray("(bad base64)");
    };
    QCOMPARE(decoded(urlOf(0, "image_url"), QStringLiteral("data:image/png;base64,")), m_png);
    const QString audio = parts[1]
                              .toObject()
                              .value(QLatin1String("input_audio"))
                              .toObject()
                              .value(QLatin1String("data"))
                              .toString();
    QCOMPARE(decoded(audio, QString()), m_wav);
    QCOMPARE(decoded(urlOf(2, "video_url"), QStringLiteral("data:video/mp4;base64,")),
             MediaFiles::readFile(MediaFiles::tinyMp4Path()));
    QCOMPARE(decoded(urlOf(3, "audio_url"), QStringLiteral("data:audio/flac;base64,")), m_flac);
}

void TestRequestBody::recordedRequestHasNoData()
{
    const ChatRequest request = mediaRequest();
    const QJsonObject record = request.toJson();
    const QByteArray text = QJsonDocument(record).toJson(QJsonDocument::Compact);
    QVERIFY(text.size() < 2000);
    const Attachment &png = request.messages.at(1).attachments.at(0);
    QCOMPARE(record.value(QLatin1String("messages"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QLatin1String("content"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("image_url"))
                 .toObject()
                 .value(QLatin1String("url"))
                 .toString(),
             QStringLiteral("data:image/png;base64,<attachment sha256=%1 bytes=%2>")
                 .arg(png.sha256)
                 .arg(m_png.size()));
}

void TestRequestBody::textOnlyRequestUnchanged()
{
    ChatRequest request;
    request.model = QStringLiteral("m");
    request.messages.append(ChatMessage{QStringLiteral("user"), QStringLiteral("hi"), {}, {}, {}});
    QVERIFY(!RequestBody::hasFiles(request));
    QCOMPARE(request.toJson()
                 .value(QLatin1String("messages"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("content")),
             QJsonValue(QStringLiteral("hi")));
    // Assembled by hand or by QJsonDocument, the body is the same JSON.
    QCOMPARE(QJsonDocument::fromJson(RequestBody::assemble(RequestBody::segments(request))).object(),
             request.toJson());
}

void TestRequestBody::urlReferencesAreNotFiles()
{
    ChatRequest request;
    ChatMessage user{QStringLiteral("user"), QStringLiteral("Look"), {}, {}, {}};
    user.attachments.append(
        AttachmentPreparer::prepareUrl(QUrl(QStringLiteral("https://example.com/a b.png"))).attachment);
    user.attachments.append(
        AttachmentPreparer::prepareUrl(QUrl(QStringLiteral("https://example.com/talk.flac"))).attachment);
    request.messages.append(user);
    QVERIFY(!RequestBody::hasFiles(request));
    const QJsonArray parts = request.toJson()
                                 .value(QLatin1String("messages"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("content"))
                                 .toArray();
    QCOMPARE(parts.at(0).toObject(),
             (QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("image_url")},
                 {QStringLiteral("image_url"),
                  QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.com/a%20b.png")}}}}));
    QCOMPARE(parts.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("audio_url"));
}

void TestRequestBody::streamedReadsMatchWholeBody()
{
    const QList<BodySegment> segments = RequestBody::segments(mediaRequest());
    const QByteArray whole = RequestBody::assemble(segments);
    StreamedBody body(segments);
    QVERIFY(body.open(QIODevice::ReadOnly));
    QCOMPARE(body.size(), whole.size());
    QByteArray read;
    QRandomGenerator random(42);
    while (!body.atEnd()) {
        const QByteArray chunk = body.read(1 + random.bounded(70000));
        QVERIFY(!chunk.isEmpty());
        read += chunk;
    }
    QCOMPARE(read.size(), whole.size());
    QVERIFY(read == whole);
}

void TestRequestBody::seekAndReadAgain()
{
    const QList<BodySegment> segments = RequestBody::segments(mediaRequest());
    const QByteArray whole = RequestBody::assemble(segments);
    StreamedBody body(segments);
    body.open(QIODevice::ReadOnly);
    body.read(whole.size() / 2);
    for (const qint64 at : {qint64(0), qint64(1), whole.size() / 3, whole.size() - 7}) {
        QVERIFY(body.seek(at));
        QCOMPARE(body.read(333), whole.mid(at, 333));
    }
    QVERIFY(body.reset());
    QVERIFY(body.readAll() == whole);
}

void TestRequestBody::vanishedFileIsAnError()
{
    const ChatRequest request = mediaRequest();
    QVERIFY(RequestBody::checkFiles(request).isEmpty());
    const Attachment &png = request.messages.at(1).attachments.at(0);
    QFile::remove(png.filePath);
    QCOMPARE(RequestBody::checkFiles(request),
             QStringLiteral("the attachment “a.png” is no longer stored at %1").arg(png.filePath));
    StreamedBody body(RequestBody::segments(request));
    body.open(QIODevice::ReadOnly);
    QByteArray all;
    qint64 got = 0;
    char buffer[4096];
    while ((got = body.read(buffer, sizeof buffer)) > 0)
        all.append(buffer, got);
    QCOMPARE(got, qint64(-1));
}

QTEST_GUILESS_MAIN(TestRequestBody)
#include "tst_requestbody.moc"
