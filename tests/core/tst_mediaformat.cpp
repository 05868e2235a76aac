#include "media/mediaformat.h"
#include "mediafiles.h"

#include <QTest>

class TestMediaFormat final : public QObject {
    Q_OBJECT

private slots:
    void sniffsRealFiles_data();
    void sniffsRealFiles();
    void sniffsHeaders_data();
    void sniffsHeaders();
    void refusesOtherBytes();
    void suffixes();
    void familiesGroupContainers();
    void dialogFilters();
};

void TestMediaFormat::sniffsRealFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    const QImage image = MediaFiles::quadrants(32, 16);
    QTest::newRow("png") << MediaFiles::encoded(image, "png") << "png";
    QTest::newRow("jpeg") << MediaFiles::encoded(image, "jpeg") << "jpeg";
    QTest::newRow("webp") << MediaFiles::encoded(image, "webp") << "webp";
    QTest::newRow("bmp") << MediaFiles::encoded(image, "bmp") << "bmp";
    QTest::newRow("wav") << MediaFiles::wav(50) << "wav";
    QTest::newRow("mp4") << MediaFiles::readFile(MediaFiles::tinyMp4Path()) << "mp4";
}

void TestMediaFormat::sniffsRealFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QVERIFY(!bytes.isEmpty());
    const MediaFormat *sniffed = MediaFormats::sniff(bytes.left(MediaFormats::kHeadBytes));
    QVERIFY(sniffed);
    QCOMPARE(sniffed->id, format);
}

void TestMediaFormat::sniffsHeaders_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");
    QTest::newRow("gif89a") << QByteArray("GIF89a\x10\x00\x10\x00", 10) << "gif";
    QTest::newRow("gif87a") << QByteArray("GIF87a\x10\x00\x10\x00", 10) << "gif";
    QTest::newRow("quicktime brand") << QByteArray("\x00\x00\x00\x14"
                                                   "ftypqt  ",
                                                   12)
                                     << "mov";
    QTest::newRow("old quicktime") << QByteArray("\x00\x00\x00\x08wide", 8) << "mov";
    QTest::newRow("isom brand") << QByteArray("\x00\x00\x00\x20"
                                              "ftypisom",
                                              12)
                                << "mp4";
    QTest::newRow("webm") << QByteArray("\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01\x42\x82\x84webm", 16) << "webm";
    QTest::newRow("matroska") << QByteArray("\x1A\x45\xDF\xA3\xA3\x42\x86\x81\x01\x42\x82\x88matroska", 20)
                              << "mkv";
    QTest::newRow("flac") << QByteArray("fLaC\x00\x00\x00\x22", 8) << "flac";
    QTest::newRow("ogg") << QByteArray("OggS\x00\x02", 6) << "ogg";
    QTest::newRow("mp3 id3") << QByteArray("ID3\x04\x00\x00", 6) << "mp3";
    QTest::newRow("mp3 frame") << QByteArray("\xFF\xFB\x90\x64", 4) << "mp3";
}

void TestMediaFormat::sniffsHeaders()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    const MediaFormat *sniffed = MediaFormats::sniff(head);
    QVERIFY(sniffed);
    QCOMPARE(sniffed->id, format);
}

void TestMediaFormat::refusesOtherBytes()
{
    QVERIFY(!MediaFormats::sniff("hello, world"));
    QVERIFY(!MediaFormats::sniff(""));
    QVERIFY(!MediaFormats::sniff("%PDF-1.7\n"));
    QVERIFY(!MediaFormats::sniff(
        QByteArray("BM\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00", 18)));
    QVERIFY(!MediaFormats::sniff(QByteArray("\xFF\xFF\xFF\xFF", 4))); // no valid MPEG frame header
    QVERIFY(!MediaFormats::sniff("RIFF\x10\x00\x00\x00"
                                 "AVI "));
}

void TestMediaFormat::suffixes()
{
    QCOMPARE(MediaFormats::bySuffix(u"Photo.JPG")->id, QStringLiteral("jpeg"));
    QCOMPARE(MediaFormats::bySuffix(u"a.b.webp")->id, QStringLiteral("webp"));
    QCOMPARE(MediaFormats::bySuffix(u"clip.m4v")->id, QStringLiteral("mp4"));
    QCOMPARE(MediaFormats::bySuffix(u"voice.opus")->id, QStringLiteral("ogg"));
    QVERIFY(!MediaFormats::bySuffix(u"notes.txt"));
    QVERIFY(!MediaFormats::bySuffix(u"README"));
}

void TestMediaFormat::familiesGroupContainers()
{
    QCOMPARE(MediaFormats::byId(u"mp4")->family, MediaFormats::byId(u"mov")->family);
    QCOMPARE(MediaFormats::byId(u"webm")->family, MediaFormats::byId(u"mkv")->family);
    QVERIFY(MediaFormats::byId(u"png")->family != MediaFormats::byId(u"jpeg")->family);
    QCOMPARE(MediaFormats::byId(u"mov")->mimeType, QStringLiteral("video/quicktime"));
    QCOMPARE(MediaFormats::byId(u"mp3")->mimeType, QStringLiteral("audio/mpeg"));
}

void TestMediaFormat::dialogFilters()
{
    const QString images = MediaFormats::dialogFilter(MediaKind::Image);
    for (const char *pattern : {"*.png", "*.jpg", "*.jpeg", "*.webp", "*.gif", "*.bmp"})
        QVERIFY2(images.contains(QLatin1String(pattern)), pattern);
    QVERIFY(!images.contains(QLatin1String("*.mp4")));
    const QString all = MediaFormats::allFilesFilter();
    for (const char *pattern :
         {"*.png", "*.mp4", "*.webm", "*.mov", "*.mkv", "*.wav", "*.mp3", "*.flac", "*.ogg"})
        QVERIFY2(all.contains(QLatin1String(pattern)), pattern);
}

QTEST_GUILESS_MAIN(TestMediaFormat)
#include "tst_mediaformat.moc"
