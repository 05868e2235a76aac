// ReplayRequest: an answer's recorded request, whose attachments were recorded as placeholders,
// is sent again with the real bytes read back from the attachment store beside the history (the
// simulator's omni model describes what it received, so the test reads back what the server
// saw); a file that is gone stops the replay with a sentence naming it; the full body can be
// written to a file for curl.

#include "api/chatstream.h"
#include "media/attachmentstore.h"
#include "media/contentparts.h"
#include "media/imaging/attachmentpreparer.h"
#include "media/replaymedia.h"
#include "media/requestbody.h"
#include "mediafiles.h"
#include "simfixture.h"
#include "store/asyncstore.h"
#include "store/replayrequest.h"
#include "storefixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestReplayRequest final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AsyncStore> m_store;

    QString attachmentRoot() const { return m_dir->filePath(QStringLiteral("attachments")); }
    Attachment prepare(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        MediaFiles::writeFile(path, bytes);
        const AttachmentStore files(attachmentRoot());
        AttachmentPreparer::Options options;
        options.store = &files;
        const AttachmentPreparer::Result result = AttachmentPreparer::prepareFile(path, options);
        if (!result.ok)
            qWarning("%s", qPrintable(result.error));
        QFile::remove(path); // only the stored copy is left, as after the app restarts
        return result.attachment;
    }
    // What the replay hands back (waiting for the store thread).
    std::pair<ChatRequest, QString> prepared(const QJsonObject &body)
    {
        std::pair<ChatRequest, QString> out;
        bool done = false;
        ReplayRequest::prepare(m_store.get(), body, this,
                               [&](const ChatRequest &request, const QString &error) {
                                   out = {request, error};
                                   done = true;
                               });
        [&] { QTRY_VERIFY(done); }();
        return out;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<AsyncStore>(StoreFixture::databasePath(*m_dir), StoreDatabase::Options{});
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void replaySendsTheStoredBytes()
    {
        const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(120, 80), "png");
        const QByteArray wav = MediaFiles::wav(500);
        const QByteArray mp4 = MediaFiles::readFile(MediaFiles::tinyMp4Path());
        ChatRequest first = SimFixture::request(QStringLiteral("Describe."), QStringLiteral("sim-omni"));
        first.messages.last().attachments = {prepare(QStringLiteral("q.png"), png),
                                             prepare(QStringLiteral("t.wav"), wav),
                                             prepare(QStringLiteral("v.mp4"), mp4)};
        const QJsonObject recorded = first.toJson();
        const QString recordedText = QString::fromUtf8(QJsonDocument(recorded).toJson());
        QVERIFY(recordedText.contains(
            QStringLiteral("<attachment sha256=%1").arg(AttachmentStore::sha256Of(png))));
        QCOMPARE(ReplayMedia::recordedFiles(recorded.value(QLatin1String("messages")).toArray()).size(), 3);

        const auto [request, error] = prepared(recorded);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(request.rawFiles.size(), 3);
        QCOMPARE(request.toJson(), recorded); // what the new answer records: placeholders again
        QVERIFY(RequestBody::hasFiles(request));

        SimFixture sim;
        ChatStream *stream = sim.run(request);
        QCOMPARE(stream->state(), ChatStream::State::Finished);
        const QString text = stream->result().choice(0)->content;
        QVERIFY2(text.startsWith(QStringLiteral("I received 3 media item(s).")), qPrintable(text));
        for (const QByteArray &bytes : {png, wav, mp4})
            QVERIFY2(text.contains(QStringLiteral("%1 bytes, sha256 %2")
                                       .arg(bytes.size())
                                       .arg(AttachmentStore::sha256Of(bytes))),
                     qPrintable(text));
        // The body the server got: every other field as recorded, the text after the media.
        const QJsonObject seen = sim.sim().lastChatBody();
        QCOMPARE(seen.value(QLatin1String("model")), recorded.value(QLatin1String("model")));
        const QJsonArray parts = seen.value(QLatin1String("messages"))
                                     .toArray()
                                     .last()
                                     .toObject()
                                     .value(QLatin1String("content"))
                                     .toArray();
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0)
                     .toObject()
                     .value(QLatin1String("image_url"))
                     .toObject()
                     .value(QLatin1String("url"))
                     .toString(),
                 QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
        QCOMPARE(parts.at(3).toObject().value(QLatin1String("text")).toString(), QStringLiteral("Describe."));
        QVERIFY(!QString::fromUtf8(sim.sim().lastChatRawBody()).contains(QStringLiteral("<attachment")));
    }

    void textThatLooksLikeAPlaceholderIsLeftAlone()
    {
        const QString fake =
            QStringLiteral("<attachment sha256=%1 bytes=5>").arg(QString(64, QLatin1Char('a')));
        ChatRequest typed = SimFixture::request(fake);
        const auto [request, error] = prepared(typed.toJson());
        QVERIFY(error.isEmpty());
        QVERIFY(request.rawFiles.isEmpty());
        QVERIFY(!RequestBody::hasFiles(request));
        SimFixture sim;
        QCOMPARE(sim.run(request)->state(), ChatStream::State::Finished);
        QCOMPARE(sim.sim()
                     .lastChatBody()
                     .value(QLatin1String("messages"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QLatin1String("content")),
                 QJsonValue(fake));
    }

    void aFileThatIsGoneStopsTheReplay()
    {
        const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(40, 40), "png");
        ChatRequest first = SimFixture::request(QStringLiteral("Describe."), QStringLiteral("sim-omni"));
        first.messages.last().attachments = {prepare(QStringLiteral("gone.png"), png)};
        const Attachment &a = first.messages.last().attachments.first();
        QVERIFY(AttachmentStore(attachmentRoot()).remove(a.sha256, a.format));
        const auto [request, error] = prepared(first.toJson());
        QVERIFY2(error.contains(QStringLiteral("no longer in the attachment store")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("image/png")), qPrintable(error));
        QVERIFY2(error.contains(a.sha256.left(12)), qPrintable(error));
        QVERIFY(request.model.isEmpty()); // nothing to send

        // A file of the right name but other bytes is not the one recorded either.
        MediaFiles::writeFile(AttachmentStore(attachmentRoot()).pathFor(a.sha256, a.format), "short");
        QVERIFY(!prepared(first.toJson()).second.isEmpty());
    }

    void theFullBodyIsWrittenForCurl()
    {
        const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(64, 32), "png");
        ChatRequest first = SimFixture::request(QStringLiteral("Describe."), QStringLiteral("sim-omni"));
        first.messages.last().attachments = {prepare(QStringLiteral("b.png"), png)};
        const auto [request, error] = prepared(first.toJson());
        QVERIFY(error.isEmpty());
        const QString path = m_dir->filePath(QStringLiteral("body.json"));
        QString failure;
        QVERIFY2(ReplayRequest::saveFullBody(request, path, &failure), qPrintable(failure));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject body = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject part = body.value(QLatin1String("messages"))
                                     .toArray()
                                     .last()
                                     .toObject()
                                     .value(QLatin1String("content"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(part.value(QLatin1String("image_url")).toObject().value(QLatin1String("url")).toString(),
                 QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("sim-omni"));

        // Somewhere it cannot be written: a sentence, and no file claimed.
        const QString nowhere = m_dir->filePath(QStringLiteral("no/such/dir/body.json"));
        QVERIFY(!ReplayRequest::saveFullBody(request, nowhere, &failure));
        QVERIFY2(failure.contains(nowhere), qPrintable(failure));
        QVERIFY(!QFile::exists(nowhere));
        // The file went away after it was found: not saved, nothing left behind.
        QVERIFY(QFile::remove(request.rawFiles.begin().value()));
        const QString later = m_dir->filePath(QStringLiteral("later.json"));
        QVERIFY(!ReplayRequest::saveFullBody(request, later, &failure));
        QVERIFY(!QFile::exists(later));
    }
};

QTEST_MAIN(TestReplayRequest)
#include "tst_replayrequest.moc"
