// MarkdownExport: a Markdown export written to a file puts the attachments in <name>_files/
// beside it, linked with relative paths (images inline); names that clash are numbered, the same
// file is written once, a file gone from the store is noted and the export completes; a write
// that fails leaves no new files and any earlier export as it was. Also through loquat-cli.

#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"
#include "mediafiles.h"
#include "simfixture.h"
#include "store/conversationstore.h"
#include "store/datadir.h"
#include "store/markdownexport.h"
#include "storefixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestMarkdownExport final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConversationStore> m_store;
    QByteArray m_red, m_blue, m_wav;
    Attachment m_gone;

    Attachment prepare(const QString &name, const QByteArray &bytes)
    {
        const QString folder =
            m_dir->filePath(QStringLiteral("in/%1").arg(AttachmentStore::sha256Of(bytes).left(8)));
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(name);
        MediaFiles::writeFile(path, bytes);
        const AttachmentStore files(m_store->attachmentRoot());
        AttachmentPreparer::Options options;
        options.store = &files;
        const AttachmentPreparer::Result result = AttachmentPreparer::prepareFile(path, options);
        if (!result.ok)
            qWarning("%s", qPrintable(result.error));
        return result.attachment;
    }
    QString readText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    // Two photos named alike, the first sent twice, a recording, one file since gone, a web link.
    ConversationInfo richConversation()
    {
        ConversationInfo info;
        info.title = QStringLiteral("Pictures");
        m_store->saveConversation(info);
        Message q1 = StoreFixture::message(QStringLiteral("user"), QStringLiteral("Compare these."));
        q1.attachments = {prepare(QStringLiteral("photo.png"), m_red),
                          prepare(QStringLiteral("photo.png"), m_blue),
                          prepare(QStringLiteral("voice.wav"), m_wav)};
        m_gone = prepare(QStringLiteral("gone.png"), MediaFiles::encoded(MediaFiles::quadrants(8, 8), "png"));
        Attachment web;
        web.kind = MediaKind::Image;
        web.url = QUrl(QStringLiteral("https://example.com/cat.png"));
        web.name = web.url.toString();
        Message q2 = StoreFixture::message(QStringLiteral("user"), QStringLiteral("And again?"));
        q2.attachments = {prepare(QStringLiteral("photo.png"), m_red), m_gone, web};
        const Message a1 =
            StoreFixture::message(QStringLiteral("assistant"), QStringLiteral("Red and blue."));
        const Message a2 = StoreFixture::message(QStringLiteral("assistant"), QStringLiteral("Still red."));
        m_store->saveMessage(info.uid, q1, {});
        m_store->saveMessage(info.uid, a1, q1.uid);
        m_store->saveMessage(info.uid, q2, a1.uid);
        m_store->saveMessage(info.uid, a2, q2.uid);
        return info;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        // Where loquat-cli --data-dir looks for it.
        m_store = std::make_unique<ConversationStore>(DataDir::historyFile(m_dir->path()));
        QVERIFY(m_store->open().writable);
        m_red = MediaFiles::encoded(MediaFiles::quadrants(30, 20), "png");
        m_blue = MediaFiles::encoded(MediaFiles::quadrants(20, 30), "png");
        m_wav = MediaFiles::wav(300);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void filesGoBesideTheMarkdown()
    {
        const ConversationInfo info = richConversation();
        QVERIFY(AttachmentStore(m_store->attachmentRoot()).remove(m_gone.sha256, m_gone.format));
        QDir().mkpath(m_dir->filePath(QStringLiteral("out")));
        const QString path = m_dir->filePath(QStringLiteral("out/Pictures.md"));
        const MarkdownExport::Result result = MarkdownExport::write(*m_store, {info.uid}, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.filesWritten, 3);
        QCOMPARE(result.missing, QStringList{QStringLiteral("gone.png")});

        const QDir files(m_dir->filePath(QStringLiteral("out/Pictures_files")));
        QCOMPARE(files.entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("photo (2).png"), QStringLiteral("photo.png"),
                              QStringLiteral("voice.wav")}));
        QCOMPARE(MediaFiles::readFile(files.filePath(QStringLiteral("photo.png"))), m_red);
        QCOMPARE(MediaFiles::readFile(files.filePath(QStringLiteral("photo (2).png"))), m_blue);
        QCOMPARE(MediaFiles::readFile(files.filePath(QStringLiteral("voice.wav"))), m_wav);

        const QString md = readText(path);
        QVERIFY2(md.contains(QStringLiteral("![photo.png](<Pictures_files/photo.png>)")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("![photo.png](<Pictures_files/photo (2).png>)")));
        QVERIFY(md.contains(QStringLiteral("*Attached:* [voice.wav](<Pictures_files/voice.wav>)")));
        QCOMPARE(md.count(QStringLiteral("(<Pictures_files/photo.png>)")), 2); // sent twice, written once
        QVERIFY(md.contains(QStringLiteral("*Attached: gone.png (not exported: the file is no longer in the "
                                           "attachment store, or could not be read)*")));
        QVERIFY(md.contains(QStringLiteral("*Attached: https://example.com/cat.png*")));
        QVERIFY(md.contains(QStringLiteral("Still red.")));
        const QString summary = MarkdownExport::summary(result, path);
        QVERIFY2(summary.contains(QStringLiteral("3 attachment(s)")) ||
                     summary.contains(QStringLiteral("3 attachments")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("gone.png")));
    }

    void withoutAttachmentsThereIsNoFolder()
    {
        const ConversationInfo info =
            StoreFixture::conversationWithTurns(*m_store, QStringLiteral("Plain"), 2);
        const QString path = m_dir->filePath(QStringLiteral("plain.md"));
        const MarkdownExport::Result result = MarkdownExport::write(*m_store, {info.uid}, path);
        QVERIFY(result.ok);
        QCOMPARE(result.filesWritten, 0);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("plain_files"))));
        QVERIFY(readText(path).startsWith(QStringLiteral("# Plain\n")));
    }

    void aFailedWriteLeavesNothingNewAndTheOldExportAsItWas()
    {
        const ConversationInfo info = richConversation();
        const QString path = m_dir->filePath(QStringLiteral("Pictures.md"));
        QVERIFY(MediaFiles::writeFile(path, "old export\n"));

        // The folder's name is taken by a file: nothing can go in it.
        QVERIFY(MediaFiles::writeFile(m_dir->filePath(QStringLiteral("Pictures_files")), "a file"));
        MarkdownExport::Result result = MarkdownExport::write(*m_store, {info.uid}, path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("nothing was exported")), qPrintable(result.error));
        QCOMPARE(readText(path), QStringLiteral("old export\n"));
        QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("Pictures_files"))));

        // A write fails half-way (as on a full disk: here the third file's name is a folder):
        // the files written before it are removed again, the old export stays.
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("Pictures_files/voice.wav"))));
        result = MarkdownExport::write(*m_store, {info.uid}, path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("voice.wav")), qPrintable(result.error));
        QCOMPARE(readText(path), QStringLiteral("old export\n"));
        QCOMPARE(QDir(m_dir->filePath(QStringLiteral("Pictures_files"))).entryList(QDir::Files),
                 QStringList{});
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("Pictures_files/voice.wav"))).removeRecursively());

        // Once it can be written, it is.
        result = MarkdownExport::write(*m_store, {info.uid}, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(readText(path).contains(QStringLiteral("Pictures_files/voice.wav")));
    }

    void theCommandLineWritesTheFolderToo()
    {
        const QString cli = qEnvironmentVariable("LOQUAT_CLI");
        QVERIFY2(QFile::exists(cli), "LOQUAT_CLI must name the loquat-cli binary");
        richConversation();
        m_store.reset(); // the CLI opens the file itself
        const QString path = m_dir->filePath(QStringLiteral("cli.md"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LOQUAT_DATA_DIR"));
        process.setProcessEnvironment(env);
        process.start(cli, {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("conversations"),
                            QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                            QStringLiteral("md"), QStringLiteral("--output"), path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(MediaFiles::readFile(m_dir->filePath(QStringLiteral("cli_files/photo (2).png"))), m_blue);
        QVERIFY(readText(path).contains(QStringLiteral("![photo.png](<cli_files/photo.png>)")));
    }
};

QTEST_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
