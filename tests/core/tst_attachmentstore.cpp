#include "media/attachmentstore.h"
#include "mediafiles.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestAttachmentStore final : public QObject {
    Q_OBJECT

private slots:
    void storesOnceByDigest();
    void copiesFiles();
    void removesUnreferenced();
    void reportsUnwritableRoot();
};

void TestAttachmentStore::storesOnceByDigest()
{
    QTemporaryDir dir;
    const AttachmentStore store(dir.filePath(QStringLiteral("attachments")));
    QString a, b, error;
    QVERIFY(store.putBytes("hello", QStringLiteral("png"), &a, &error));
    QVERIFY(store.putBytes("hello", QStringLiteral("png"), &b, &error));
    QCOMPARE(a, b);
    QCOMPARE(a, QStringLiteral("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
    QCOMPARE(filesUnder(store.root()), QStringList{QStringLiteral("2c/%1.png").arg(a)});
    QVERIFY(store.contains(a, QStringLiteral("png")));
    QCOMPARE(MediaFiles::readFile(store.pathFor(a, QStringLiteral("png"))), QByteArray("hello"));
}

void TestAttachmentStore::copiesFiles()
{
    QTemporaryDir dir;
    const AttachmentStore store(dir.filePath(QStringLiteral("attachments")));
    const QByteArray wav = MediaFiles::wav(3000); // several read chunks
    const QString source = dir.filePath(QStringLiteral("tone.wav"));
    MediaFiles::writeFile(source, wav);
    QString digest, error;
    QVERIFY(store.putFile(source, QStringLiteral("wav"), &digest, &error));
    QCOMPARE(digest, AttachmentStore::sha256Of(wav));
    QCOMPARE(MediaFiles::readFile(store.pathFor(digest, QStringLiteral("wav"))), wav);
    QVERIFY(
        !store.putFile(dir.filePath(QStringLiteral("nothing.wav")), QStringLiteral("wav"), &digest, &error));
    QCOMPARE(error, QStringLiteral("No such file or directory"));
}

void TestAttachmentStore::removesUnreferenced()
{
    QTemporaryDir dir;
    const AttachmentStore store(dir.filePath(QStringLiteral("attachments")));
    QString keep, drop, error;
    store.putBytes("keep", QStringLiteral("png"), &keep, &error);
    store.putBytes("drop", QStringLiteral("wav"), &drop, &error);
    MediaFiles::writeFile(store.root() + QStringLiteral("/notes.txt"), "not an attachment");
    QCOMPARE(store.removeUnreferenced({keep}), 1);
    QVERIFY(store.contains(keep, QStringLiteral("png")));
    QVERIFY(!store.contains(drop, QStringLiteral("wav")));
    QVERIFY(QFile::exists(store.root() + QStringLiteral("/notes.txt")));
    QVERIFY(store.remove(keep, QStringLiteral("png")));
    QVERIFY(!store.contains(keep, QStringLiteral("png")));
}

void TestAttachmentStore::reportsUnwritableRoot()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    MediaFiles::writeFile(file, "x");
    const AttachmentStore store(file + QStringLiteral("/attachments")); // below a file: cannot exist
    QString digest, error;
    QVERIFY(!store.putBytes("hello", QStringLiteral("png"), &digest, &error));
    QCOMPARE(error, QStringLiteral("cannot create the folder %1").arg(store.root()));
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
