#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"
#include "mediafiles.h"
#include "store/conversationexport.h"
#include "store/conversationstore.h"
#include "storefixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Attachments through the conversation store: stored once by digest beside the database,
// referenced by messages, read back when a conversation is opened again, and removed with the
// last conversation that uses them.
class TestAttachmentPersistence final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void lastConversationUsingAFileRemovesIt();
    void deletingAMessageRemovesItsOwnFiles();
    void duplicateKeepsTheAttachments();
    void exportsCarryTheFilesAndImportsRestoreThem();

private:
    Attachment prepare(const QString &name, const QByteArray &bytes);
    ConversationInfo conversationWith(const AttachmentList &attachments, const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConversationStore> m_store;
};

void TestAttachmentPersistence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ConversationStore>(StoreFixture::databasePath(*m_dir));
    QVERIFY(m_store->open().writable);
}

Attachment TestAttachmentPersistence::prepare(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    MediaFiles::writeFile(path, bytes);
    const AttachmentStore files(m_store->attachmentRoot());
    AttachmentPreparer::Options options;
    options.store = &files;
    const AttachmentPreparer::Result result = AttachmentPreparer::prepareFile(path, options);
    if (!result.ok)
        qWarning("%s", qPrintable(result.error));
    return result.attachment;
}

ConversationInfo TestAttachmentPersistence::conversationWith(const AttachmentList &attachments,
                                                             const QString &title)
{
    ConversationInfo info;
    info.title = title;
    m_store->saveConversation(info);
    Message question = StoreFixture::message(QStringLiteral("user"), QStringLiteral("What is this?"));
    question.attachments = attachments;
    m_store->saveMessage(info.uid, question, {});
    const Message answer = StoreFixture::message(QStringLiteral("assistant"), QStringLiteral("A picture."));
    m_store->saveMessage(info.uid, answer, question.uid);
    return info;
}

void TestAttachmentPersistence::roundTrip()
{
    const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(3000, 1000), "png");
    const AttachmentList sent = {
        prepare(QStringLiteral("wide.png"), png), prepare(QStringLiteral("t.wav"), MediaFiles::wav(200)),
        AttachmentPreparer::prepareUrl(QUrl(QStringLiteral("https://example.com/clip.mp4"))).attachment};
    QCOMPARE(m_store->attachmentRoot(), m_dir->filePath(QStringLiteral("attachments")));
    QVERIFY(sent.at(0).filePath.startsWith(m_store->attachmentRoot()));
    const ConversationInfo info = conversationWith(sent, QStringLiteral("Media"));

    // Opened again, as after a restart.
    m_store.reset();
    ConversationStore reopened(StoreFixture::databasePath(*m_dir));
    QVERIFY(reopened.open().writable);
    const QList<Message> branch = reopened.branch(info.uid);
    QCOMPARE(branch.size(), 2);
    const AttachmentList back = branch.at(0).attachments;
    QCOMPARE(back, sent); // every field, the path included
    QCOMPARE(back.at(0).pixelSize, QSize(2048, 683));
    QCOMPARE(back.at(0).originalPixelSize, QSize(3000, 1000));
    QVERIFY(back.at(2).isReference());
    QVERIFY(QFile::exists(back.at(0).filePath));
    QCOMPARE(AttachmentStore::sha256Of(MediaFiles::readFile(back.at(1).filePath)), back.at(1).sha256);
    QVERIFY(branch.at(1).attachments.isEmpty());
    // The tree (exports, duplicates) carries them too.
    QCOMPARE(reopened.tree(info.uid).at(0).message.attachments, sent);
}

void TestAttachmentPersistence::lastConversationUsingAFileRemovesIt()
{
    const Attachment shared = prepare(QStringLiteral("shared.wav"), MediaFiles::wav(100));
    const Attachment own = prepare(QStringLiteral("own.wav"), MediaFiles::wav(300));
    const Attachment unsent =
        prepare(QStringLiteral("composer.wav"), MediaFiles::wav(500)); // not in a message
    const ConversationInfo first = conversationWith({shared, own}, QStringLiteral("First"));
    const ConversationInfo second = conversationWith({shared}, QStringLiteral("Second"));

    QVERIFY(m_store->remove(first.uid));
    QVERIFY(QFile::exists(own.filePath)); // deleting can be undone until the purge
    QCOMPARE(m_store->purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(1)), 1);
    QVERIFY(!QFile::exists(own.filePath));
    QVERIFY(QFile::exists(shared.filePath)); // the second conversation still shows it
    QVERIFY(QFile::exists(unsent.filePath));
    QCOMPARE(m_store->branch(second.uid).at(0).attachments, AttachmentList{shared});

    QVERIFY(m_store->remove(second.uid));
    QCOMPARE(m_store->purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(1)), 1);
    QVERIFY(!QFile::exists(shared.filePath));
    QVERIFY(QFile::exists(unsent.filePath));
}

void TestAttachmentPersistence::deletingAMessageRemovesItsOwnFiles()
{
    const Attachment wav = prepare(QStringLiteral("t.wav"), MediaFiles::wav(100));
    const ConversationInfo info = conversationWith({wav}, QStringLiteral("One"));
    const QString uid = m_store->branch(info.uid).at(0).uid;
    QVERIFY(m_store->deleteMessage(uid));
    QVERIFY(!QFile::exists(wav.filePath));
}

void TestAttachmentPersistence::duplicateKeepsTheAttachments()
{
    const Attachment wav = prepare(QStringLiteral("t.wav"), MediaFiles::wav(100));
    const ConversationInfo info = conversationWith({wav}, QStringLiteral("Original"));
    const std::optional<ConversationInfo> copy = m_store->duplicate(info.uid);
    QVERIFY(copy);
    QCOMPARE(m_store->branch(copy->uid).at(0).attachments, AttachmentList{wav});
    QVERIFY(m_store->remove(info.uid));
    m_store->purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY(QFile::exists(wav.filePath)); // the copy still uses it
}

QTEST_GUILESS_MAIN(TestAttachmentPersistence)
void TestAttachmentPersistence::exportsCarryTheFilesAndImportsRestoreThem()
{
    const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(64, 48), "png");
    const AttachmentList sent = {
        prepare(QStringLiteral("small.png"), png),
        AttachmentPreparer::prepareUrl(QUrl(QStringLiteral("https://example.com/clip.mp4"))).attachment};
    const QByteArray sentBytes = MediaFiles::readFile(sent.at(0).filePath);
    QVERIFY(!sentBytes.isEmpty());
    const ConversationInfo info = conversationWith(sent, QStringLiteral("Media"));
    const QByteArray exported =
        ConversationExport::toJsonFile({*ConversationExport::read(*m_store, info.uid)});

    // In the OpenAI messages: the parts a request sends, the file as a data: URL of its bytes.
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    const QJsonArray parts =
        root.value(QLatin1String("messages")).toArray().at(0)[QLatin1String("content")].toArray();
    QCOMPARE(parts.size(), 3);
    const QString url = parts.at(0)[QLatin1String("image_url")][QLatin1String("url")].toString();
    QVERIFY(url.startsWith(QLatin1String("data:image/png;base64,")));
    QCOMPARE(QByteArray::fromBase64(url.mid(url.indexOf(QLatin1Char(',')) + 1).toLatin1()), sentBytes);
    QCOMPARE(parts.at(1)[QLatin1String("video_url")][QLatin1String("url")].toString(),
             QStringLiteral("https://example.com/clip.mp4"));
    QCOMPARE(parts.at(2)[QLatin1String("text")].toString(), QStringLiteral("What is this?"));

    // Imported into a store elsewhere: the file is there again, and exporting gives the same bytes.
    QTemporaryDir elsewhere;
    ConversationStore other(StoreFixture::databasePath(elsewhere));
    QVERIFY(other.open().writable);
    QString error;
    const auto parsed = ConversationExport::fromJson(exported, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<ConversationInfo> imported = ConversationExport::import(other, parsed);
    QCOMPARE(imported.size(), 1);
    const QList<Message> branch = other.branch(imported.at(0).uid);
    QCOMPARE(branch.at(0).attachments.size(), 2);
    const Attachment &restored = branch.at(0).attachments.at(0);
    QVERIFY(restored.filePath.startsWith(other.attachmentRoot()));
    QCOMPARE(MediaFiles::readFile(restored.filePath), sentBytes);
    QCOMPARE(restored.sha256, sent.at(0).sha256);
    QVERIFY(branch.at(0).attachments.at(1).isReference());
    QCOMPARE(ConversationExport::toJsonFile({*ConversationExport::read(other, imported.at(0).uid)}),
             exported);

    // A file gone from disk is exported as missing, and the rest still goes.
    QVERIFY(QFile::remove(sent.at(0).filePath));
    const QJsonObject again = QJsonDocument::fromJson(ConversationExport::toJsonFile(
                                                          {*ConversationExport::read(*m_store, info.uid)}))
                                  .object();
    const QJsonObject meta = again[QLatin1String("loquat")][QLatin1String("messages")]
                                 .toArray()
                                 .at(0)[QLatin1String("attachments")]
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QVERIFY(meta.value(QLatin1String("missing")).toBool());
    QCOMPARE(meta.value(QLatin1String("name")).toString(), QStringLiteral("small.png"));
}

#include "tst_attachmentpersistence.moc"
