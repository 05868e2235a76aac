#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"
#include "mediafiles.h"
#include "store/conversationstore.h"
#include "storefixture.h"

#include <QDateTime>
#include <QFile>
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
#include "tst_attachmentpersistence.moc"
