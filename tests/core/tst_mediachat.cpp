#include "api/chatstream.h"
#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"
#include "mediafiles.h"
#include "simfault.h"
#include "simfixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Media requests end to end over loopback: the simulator's multimodal models decode what they
// receive and describe it, so these tests read back exactly what the server saw.
class TestMediaChat final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void serverSeesTheExactBytes();
    void serverSeesScaledAndTurnedImage();
    void limitPerPromptIsVllmsMessage();
    void modalityTheModelLacks();
    void textOnlyModelRefusesMedia();
    void retriesSendTheBodyAgain();
    void redirectSendsTheBodyAgain();
    void missingFileFailsBeforeSending();
    void historyCountsTowardsTheLimit();

private:
    Attachment prepare(const QString &name, const QByteArray &bytes);
    ChatRequest request(const QString &model, const AttachmentList &attachments, const QString &text = {});
    static QString answer(ChatStream *stream);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AttachmentStore> m_store;
};

void TestMediaChat::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<AttachmentStore>(m_dir->filePath(QStringLiteral("store")));
}

Attachment TestMediaChat::prepare(const QString &name, const QByteArray &bytes)
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

ChatRequest TestMediaChat::request(const QString &model, const AttachmentList &attachments,
                                   const QString &text)
{
    ChatRequest r = SimFixture::request(text.isEmpty() ? QStringLiteral("Describe.") : text, model);
    r.messages.last().attachments = attachments;
    return r;
}

QString TestMediaChat::answer(ChatStream *stream)
{
    const ChoiceState *choice = stream->result().choice(0);
    return choice ? choice->content : QString();
}

void TestMediaChat::serverSeesTheExactBytes()
{
    SimFixture sim;
    const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(300, 200), "png");
    const QByteArray wav = MediaFiles::wav(1000);
    const QByteArray mp4 = MediaFiles::readFile(MediaFiles::tinyMp4Path());
    const AttachmentList list = {prepare(QStringLiteral("q.png"), png), prepare(QStringLiteral("t.wav"), wav),
                                 prepare(QStringLiteral("v.mp4"), mp4)};
    ChatStream *stream = sim.run(request(QStringLiteral("sim-omni"), list));
    QCOMPARE(stream->state(), ChatStream::State::Finished);
    const QString text = answer(stream);
    QVERIFY2(text.startsWith(QStringLiteral("I received 3 media item(s).")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1. image via image_url (image/png): PNG 300x200, corners #ff0000 "
                                          "#00ff00 #0000ff #ffffff, %1 bytes, sha256 %2")
                               .arg(png.size())
                               .arg(AttachmentStore::sha256Of(png))),
             qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("2. audio via input_audio (audio/wav): WAV 16000 Hz, 1 channel(s), 1000 "
                                     "ms, %1 bytes, sha256 %2")
                          .arg(wav.size())
                          .arg(AttachmentStore::sha256Of(wav))),
        qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("3. video via video_url (video/mp4): MP4 1000 ms, %1 bytes, sha256 %2")
                          .arg(mp4.size())
                          .arg(AttachmentStore::sha256Of(mp4))),
        qPrintable(text));
    // Text after the media, in one user message.
    const QJsonArray parts = sim.sim()
                                 .lastChatBody()
                                 .value(QLatin1String("messages"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QLatin1String("content"))
                                 .toArray();
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.last().toObject().value(QLatin1String("text")).toString(), QStringLiteral("Describe."));
    QCOMPARE(sim.sim().lastChatHeader("content-type"), QByteArray("application/json"));
}

void TestMediaChat::serverSeesScaledAndTurnedImage()
{
    SimFixture sim;
    const QByteArray jpeg = MediaFiles::withExifOrientation(
        MediaFiles::encoded(MediaFiles::quadrants(4000, 2000), "jpeg", 95), 6);
    ChatStream *stream =
        sim.run(request(QStringLiteral("sim-vision"), {prepare(QStringLiteral("p.jpg"), jpeg)}));
    QCOMPARE(stream->state(), ChatStream::State::Finished);
    const QRegularExpression line(
        QStringLiteral("JPEG (\\d+)x(\\d+), corners (#\\w+) (#\\w+) (#\\w+) (#\\w+)"));
    const QRegularExpressionMatch m = line.match(answer(stream));
    QVERIFY2(m.hasMatch(), qPrintable(answer(stream)));
    QCOMPARE(m.captured(1), QStringLiteral("1024"));
    QCOMPARE(m.captured(2), QStringLiteral("2048"));
    // Turned clockwise: blue, red / white, green.
    QVERIFY(MediaFiles::near(QColor(m.captured(3)), Qt::blue));
    QVERIFY(MediaFiles::near(QColor(m.captured(4)), Qt::red));
    QVERIFY(MediaFiles::near(QColor(m.captured(5)), Qt::white));
    QVERIFY(MediaFiles::near(QColor(m.captured(6)), Qt::green));
}

void TestMediaChat::limitPerPromptIsVllmsMessage()
{
    SimOptions options;
    options.mmLimits.insert(QStringLiteral("image"), 1);
    SimFixture sim(options);
    const Attachment image =
        prepare(QStringLiteral("q.png"), MediaFiles::encoded(MediaFiles::quadrants(8, 8), "png"));
    ChatStream *stream = sim.run(request(QStringLiteral("sim-vision"), {image, image}));
    QCOMPARE(stream->state(), ChatStream::State::Failed);
    QCOMPARE(stream->error().httpStatus, 400);
    QCOMPARE(
        stream->error().serverMessage,
        QStringLiteral("At most 1 image(s) may be provided in one prompt. Set `--limit-mm-per-prompt` to "
                       "increase this limit."));
    QCOMPARE(stream->metrics().attempts, 1); // a 400 is not retried
}

void TestMediaChat::modalityTheModelLacks()
{
    SimFixture sim;
    ChatStream *stream = sim.run(
        request(QStringLiteral("sim-vision"), {prepare(QStringLiteral("t.wav"), MediaFiles::wav(100))}));
    QCOMPARE(stream->state(), ChatStream::State::Failed);
    QCOMPARE(stream->error().serverMessage,
             QStringLiteral("At most 0 audio(s) may be provided in one prompt."));
}

void TestMediaChat::textOnlyModelRefusesMedia()
{
    SimFixture sim;
    ChatStream *stream = sim.run(
        request(QStringLiteral("sim-chat"),
                {prepare(QStringLiteral("q.png"), MediaFiles::encoded(MediaFiles::quadrants(8, 8), "png"))}));
    QCOMPARE(stream->state(), ChatStream::State::Failed);
    QCOMPARE(stream->error().httpStatus, 400);
    QCOMPARE(stream->error().serverMessage, QStringLiteral("sim-chat is not a multimodal model"));
    QCOMPARE(stream->error().userMessage(),
             QStringLiteral("The server refused the request (HTTP 400): sim-chat is not a multimodal model"));
}

void TestMediaChat::retriesSendTheBodyAgain()
{
    SimFixture sim;
    sim.sim().setNextFault(SimFault::make(SimFault::Kind::FailTimes, 2));
    const QByteArray wav = MediaFiles::wav(500);
    ChatStream *stream =
        sim.run(request(QStringLiteral("sim-omni"), {prepare(QStringLiteral("t.wav"), wav)}));
    QCOMPARE(stream->state(), ChatStream::State::Finished);
    QCOMPARE(stream->metrics().attempts, 3);
    QVERIFY(answer(stream).contains(AttachmentStore::sha256Of(wav)));
}

void TestMediaChat::redirectSendsTheBodyAgain()
{
    SimFixture sim;
    sim.sim().setNextFault(SimFault::make(SimFault::Kind::Redirect));
    const QByteArray mp4 = MediaFiles::readFile(MediaFiles::tinyMp4Path());
    ChatStream *stream =
        sim.run(request(QStringLiteral("sim-vision"), {prepare(QStringLiteral("v.mp4"), mp4)}));
    QCOMPARE(stream->state(), ChatStream::State::Finished);
    QVERIFY2(answer(stream).contains(AttachmentStore::sha256Of(mp4)), qPrintable(answer(stream)));
}

void TestMediaChat::missingFileFailsBeforeSending()
{
    SimFixture sim;
    const Attachment wav = prepare(QStringLiteral("t.wav"), MediaFiles::wav(100));
    QFile::remove(wav.filePath);
    ChatStream *stream = sim.run(request(QStringLiteral("sim-omni"), {wav}));
    QCOMPARE(stream->state(), ChatStream::State::Failed);
    QVERIFY2(stream->error().userMessage().contains(QStringLiteral("“t.wav” is no longer stored")),
             qPrintable(stream->error().userMessage()));
    QCOMPARE(sim.sim().chatRequestCount(), 0);
}

void TestMediaChat::historyCountsTowardsTheLimit()
{
    SimOptions options;
    options.mmLimits.insert(QStringLiteral("image"), 1);
    SimFixture sim(options);
    const Attachment image =
        prepare(QStringLiteral("q.png"), MediaFiles::encoded(MediaFiles::quadrants(8, 8), "png"));
    ChatRequest r = request(QStringLiteral("sim-vision"), {image});
    ChatMessage earlier{QStringLiteral("user"), QStringLiteral("first"), {}, {}, {}};
    earlier.attachments = {image};
    r.messages.prepend(ChatMessage{QStringLiteral("assistant"), QStringLiteral("ok"), {}, {}, {}});
    r.messages.prepend(earlier);
    ChatStream *stream = sim.run(r);
    QCOMPARE(stream->state(), ChatStream::State::Failed);
    QVERIFY(stream->error().serverMessage.startsWith(QStringLiteral("At most 1 image(s)")));
}

QTEST_GUILESS_MAIN(TestMediaChat)
#include "tst_mediachat.moc"
