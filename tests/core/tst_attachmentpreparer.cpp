#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"
#include "media/imaging/imagepreparer.h"
#include "mediafiles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QImage decode(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    return reader.read();
}

} // namespace

class TestAttachmentPreparer final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void refusals_data();
    void refusals();
    void unreadableAndFolders();
    void sizeLimitPerKind();
    void smallImageSentAsIs();
    void largePngScaledAndStaysPng();
    void largeJpegScaledAndStaysJpeg();
    void losslessWebpStaysLossless();
    void bmpBecomesPng();
    void scalingOff();
    void exifOrientationApplied();
    void exifOrientationAppliedWhileScaling();
    void videoAndAudioStoredUnchanged();
    void storeOriginalsOffReadsInPlace();
    void pastedImage();
    void urls();

private:
    AttachmentPreparer::Options options() const;
    QString write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AttachmentStore> m_store;
};

void TestAttachmentPreparer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<AttachmentStore>(m_dir->filePath(QStringLiteral("store")));
}

AttachmentPreparer::Options TestAttachmentPreparer::options() const
{
    AttachmentPreparer::Options o;
    o.store = m_store.get();
    return o;
}

QString TestAttachmentPreparer::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    MediaFiles::writeFile(path, bytes);
    return path;
}

void TestAttachmentPreparer::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(8, 8), "png");
    QTest::newRow("empty") << "empty.png" << QByteArray() << "Cannot attach “empty.png”: the file is empty.";
    QTest::newRow("text named png") << "notes.png" << QByteArray("just some text\n")
                                    << "Cannot attach “notes.png”: the name says it is a PNG image, but its "
                                       "content is not.";
    QTest::newRow("jpeg named png")
        << "photo.png" << MediaFiles::encoded(MediaFiles::quadrants(8, 8), "jpeg")
        << "Cannot attach “photo.png”: the name says it is a PNG image, but it is "
           "a JPEG image.";
    QTest::newRow("wav named mp4")
        << "clip.mp4" << MediaFiles::wav(20)
        << "Cannot attach “clip.mp4”: the name says it is a MP4 video, but it is a "
           "WAV audio file.";
    QTest::newRow("unsupported")
        << "report.pdf" << QByteArray("%PDF-1.7\n")
        << "Cannot attach “report.pdf”: it is not a file Loquat can send (images PNG, "
           "JPEG, WebP, GIF, BMP; video MP4, WebM, MOV, MKV; audio WAV, MP3, FLAC, OGG).";
    QTest::newRow("truncated png") << "broken.png" << png.left(40)
                                   << "Cannot attach “broken.png”: the image cannot be decoded (its data is "
                                      "damaged or incomplete).";
}

void TestAttachmentPreparer::refusals()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const AttachmentPreparer::Result result = AttachmentPreparer::prepareFile(write(name, bytes), options());
    QVERIFY(!result.ok);
    QCOMPARE(result.error, message);
    QVERIFY(!QDir(m_store->root()).exists() ||
            QDir(m_store->root()).isEmpty(QDir::Files | QDir::NoDotAndDotDot));
}

void TestAttachmentPreparer::unreadableAndFolders()
{
    AttachmentPreparer::Result result =
        AttachmentPreparer::prepareFile(m_dir->filePath(QStringLiteral("missing.png")), options());
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("Cannot attach “missing.png”: it cannot be read (No such file or "
                                          "directory)."));
    QDir(m_dir->path()).mkdir(QStringLiteral("album.png"));
    result = AttachmentPreparer::prepareFile(m_dir->filePath(QStringLiteral("album.png")), options());
    QCOMPARE(result.error, QStringLiteral("Cannot attach “album.png”: it is a folder."));
}

void TestAttachmentPreparer::sizeLimitPerKind()
{
    AttachmentPreparer::Options o = options();
    o.limits.maxAudioBytes = 1000;
    const QString path = write(QStringLiteral("long.wav"), MediaFiles::wav(500)); // 16 044 bytes
    AttachmentPreparer::Result result = AttachmentPreparer::prepareFile(path, o);
    QVERIFY(!result.ok);
    QCOMPARE(result.error,
             QStringLiteral("Cannot attach “long.wav”: it is %1, and the limit for an audio file "
                            "is %2.")
                 .arg(AttachmentPreparer::formatBytes(16044), AttachmentPreparer::formatBytes(1000)));
    QCOMPARE(AttachmentPreparer::formatBytes(20 * MediaLimits::kMiB), QStringLiteral("20.0 MB"));
    // The defaults: 20 MB per image, 200 MB per video, 50 MB per audio file.
    const MediaLimits defaults;
    QCOMPARE(defaults.maxBytes(MediaKind::Image), 20 * MediaLimits::kMiB);
    QCOMPARE(defaults.maxBytes(MediaKind::Video), 200 * MediaLimits::kMiB);
    QCOMPARE(defaults.maxBytes(MediaKind::Audio), 50 * MediaLimits::kMiB);
    QCOMPARE(defaults.maxImageEdge, 2048);

    o.limits.maxImageBytes = 10;
    result = AttachmentPreparer::prepareFile(
        write(QStringLiteral("a.png"), MediaFiles::encoded(MediaFiles::quadrants(8, 8), "png")), o);
    QVERIFY(result.error.endsWith(QStringLiteral("and the limit for an image is 10 bytes.")));
    QVERIFY(result.error.startsWith(QStringLiteral("Cannot attach “a.png”: it is ")));
    o.limits.maxVideoBytes = 10;
    result = AttachmentPreparer::prepareFile(MediaFiles::tinyMp4Path(), o);
    QVERIFY(result.error.contains(QStringLiteral("the limit for a video is 10 bytes")));
}

void TestAttachmentPreparer::smallImageSentAsIs()
{
    const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(640, 480), "png");
    const AttachmentPreparer::Result result =
        AttachmentPreparer::prepareFile(write(QStringLiteral("small.png"), png), options());
    QVERIFY2(result.ok, qPrintable(result.error));
    const Attachment &a = result.attachment;
    QCOMPARE(a.kind, MediaKind::Image);
    QCOMPARE(a.format, QStringLiteral("png"));
    QCOMPARE(a.mimeType, QStringLiteral("image/png"));
    QCOMPARE(a.name, QStringLiteral("small.png"));
    QCOMPARE(a.sha256, sha256(png));
    QCOMPARE(a.bytes, png.size());
    QCOMPARE(a.originalBytes, png.size());
    QCOMPARE(a.pixelSize, QSize(640, 480));
    QVERIFY(!a.wasScaled());
    QCOMPARE(a.filePath, m_store->pathFor(a.sha256, QStringLiteral("png")));
    QCOMPARE(MediaFiles::readFile(a.filePath), png);
}

void TestAttachmentPreparer::largePngScaledAndStaysPng()
{
    const QImage source = MediaFiles::quadrants(3000, 2000);
    const QByteArray png = MediaFiles::encoded(source, "png");
    const AttachmentPreparer::Result result =
        AttachmentPreparer::prepareFile(write(QStringLiteral("big.png"), png), options());
    QVERIFY2(result.ok, qPrintable(result.error));
    const Attachment &a = result.attachment;
    QCOMPARE(a.format, QStringLiteral("png"));
    QCOMPARE(a.pixelSize, QSize(2048, 1365));
    QCOMPARE(a.originalPixelSize, QSize(3000, 2000));
    QVERIFY(a.wasScaled());
    const QByteArray sent = MediaFiles::readFile(a.filePath);
    QCOMPARE(a.bytes, sent.size());
    QCOMPARE(a.sha256, sha256(sent));
    QVERIFY(sent.startsWith("\x89PNG"));
    // Lossless: a pixel well inside a quadrant is exactly its colour.
    const QImage image = QImage::fromData(sent);
    QCOMPARE(image.size(), QSize(2048, 1365));
    QCOMPARE(QColor(image.pixel(100, 100)), QColor(Qt::red));
    QCOMPARE(QColor(image.pixel(2000, 1300)), QColor(Qt::white));
}

void TestAttachmentPreparer::largeJpegScaledAndStaysJpeg()
{
    const QByteArray jpeg = MediaFiles::encoded(MediaFiles::quadrants(4000, 3000), "jpeg");
    const AttachmentPreparer::Result result =
        AttachmentPreparer::prepareFile(write(QStringLiteral("big.jpg"), jpeg), options());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.attachment.format, QStringLiteral("jpeg"));
    QCOMPARE(result.attachment.mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(result.attachment.pixelSize, QSize(2048, 1536));
    const QImage image = decode(result.attachment.filePath);
    QCOMPARE(image.size(), QSize(2048, 1536));
    QVERIFY(MediaFiles::near(image.pixel(10, 10), Qt::red));
    QVERIFY(MediaFiles::near(image.pixel(2040, 10), Qt::green));
}

void TestAttachmentPreparer::losslessWebpStaysLossless()
{
    const QByteArray webp = MediaFiles::encoded(MediaFiles::quadrants(3000, 1000), "webp", 100);
    QCOMPARE(webp.mid(12, 4), QByteArray("VP8L"));
    const AttachmentPreparer::Result result =
        AttachmentPreparer::prepareFile(write(QStringLiteral("art.webp"), webp), options());
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray sent = MediaFiles::readFile(result.attachment.filePath);
    QCOMPARE(sent.mid(8, 4), QByteArray("WEBP"));
    QCOMPARE(sent.mid(12, 4), QByteArray("VP8L"));
    QCOMPARE(QImage::fromData(sent).size(), QSize(2048, 683));

    const QByteArray lossy = MediaFiles::encoded(MediaFiles::quadrants(3000, 1000), "webp", 80);
    QCOMPARE(lossy.mid(12, 4), QByteArray("VP8 "));
    const AttachmentPreparer::Result second =
        AttachmentPreparer::prepareFile(write(QStringLiteral("photo.webp"), lossy), options());
    QCOMPARE(MediaFiles::readFile(second.attachment.filePath).mid(12, 4), QByteArray("VP8 "));
}

void TestAttachmentPreparer::bmpBecomesPng()
{
    const QByteArray bmp = MediaFiles::encoded(MediaFiles::quadrants(2500, 100), "bmp");
    const AttachmentPreparer::Result result =
        AttachmentPreparer::prepareFile(write(QStringLiteral("scan.bmp"), bmp), options());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.attachment.format, QStringLiteral("png"));
    QCOMPARE(result.attachment.mimeType, QStringLiteral("image/png"));
    QCOMPARE(result.attachment.pixelSize, QSize(2048, 82));
}

void TestAttachmentPreparer::scalingOff()
{
    AttachmentPreparer::Options o = options();
    QVERIFY(MediaLimits::parseEdge(QStringLiteral("off"), &o.limits.maxImageEdge));
    QCOMPARE(o.limits.maxImageEdge, 0);
    const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(3000, 2000), "png");
    const AttachmentPreparer::Result result =
        AttachmentPreparer::prepareFile(write(QStringLiteral("big.png"), png), o);
    QVERIFY(result.ok);
    QCOMPARE(result.attachment.pixelSize, QSize(3000, 2000));
    QCOMPARE(result.attachment.sha256, sha256(png));

    o.limits.maxImageEdge = 1000;
    const AttachmentPreparer::Result smaller =
        AttachmentPreparer::prepareFile(write(QStringLiteral("big.png"), png), o);
    QCOMPARE(smaller.attachment.pixelSize, QSize(1000, 667));
}

void TestAttachmentPreparer::exifOrientationApplied()
{
    // Stored 400x200 landscape; orientation 6 says "turn 90° clockwise to show".
    const QByteArray jpeg =
        MediaFiles::withExifOrientation(MediaFiles::encoded(MediaFiles::quadrants(400, 200), "jpeg", 95), 6);
    const AttachmentPreparer::Result result =
        AttachmentPreparer::prepareFile(write(QStringLiteral("phone.jpg"), jpeg), options());
    QVERIFY2(result.ok, qPrintable(result.error));
    const Attachment &a = result.attachment;
    QCOMPARE(a.pixelSize, QSize(200, 400));
    QCOMPARE(a.originalPixelSize, QSize(200, 400));
    QVERIFY(a.sha256 != sha256(jpeg)); // re-encoded upright, without the tag
    const QImage sent = QImage::fromData(MediaFiles::readFile(a.filePath)); // no auto-transform
    QCOMPARE(sent.size(), QSize(200, 400));
    // Turned clockwise: blue (bottom-left) comes to the top-left, red to the top-right.
    QVERIFY(MediaFiles::near(sent.pixel(5, 5), Qt::blue));
    QVERIFY(MediaFiles::near(sent.pixel(194, 5), Qt::red));
    QVERIFY(MediaFiles::near(sent.pixel(5, 394), Qt::white));
    QVERIFY(MediaFiles::near(sent.pixel(194, 394), Qt::green));
}

void TestAttachmentPreparer::exifOrientationAppliedWhileScaling()
{
    const QByteArray jpeg = MediaFiles::withExifOrientation(
        MediaFiles::encoded(MediaFiles::quadrants(4000, 2000), "jpeg", 95), 8);
    const AttachmentPreparer::Result result =
        AttachmentPreparer::prepareFile(write(QStringLiteral("phone.jpg"), jpeg), options());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.attachment.pixelSize, QSize(1024, 2048));
    QCOMPARE(result.attachment.originalPixelSize, QSize(2000, 4000));
    // Orientation 8 turns counter-clockwise: green (top-right) comes to the top-left.
    const QImage sent = QImage::fromData(MediaFiles::readFile(result.attachment.filePath));
    QVERIFY(MediaFiles::near(sent.pixel(5, 5), Qt::green));
    QVERIFY(MediaFiles::near(sent.pixel(1018, 2040), Qt::blue));
}

void TestAttachmentPreparer::videoAndAudioStoredUnchanged()
{
    const QByteArray mp4 = MediaFiles::readFile(MediaFiles::tinyMp4Path());
    AttachmentPreparer::Result result = AttachmentPreparer::prepareFile(MediaFiles::tinyMp4Path(), options());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.attachment.kind, MediaKind::Video);
    QCOMPARE(result.attachment.mimeType, QStringLiteral("video/mp4"));
    QCOMPARE(result.attachment.sha256, sha256(mp4));
    QCOMPARE(MediaFiles::readFile(result.attachment.filePath), mp4);

    const QByteArray wav = MediaFiles::wav(250);
    result = AttachmentPreparer::prepareFile(write(QStringLiteral("tone.WAV"), wav), options());
    QVERIFY(result.ok);
    QCOMPARE(result.attachment.kind, MediaKind::Audio);
    QCOMPARE(result.attachment.format, QStringLiteral("wav"));
    QCOMPARE(result.attachment.mimeType, QStringLiteral("audio/wav"));
    QCOMPARE(result.attachment.bytes, wav.size());
    QCOMPARE(MediaFiles::readFile(result.attachment.filePath), wav);

    // A name without a suffix is judged by its content alone.
    result = AttachmentPreparer::prepareFile(write(QStringLiteral("recording"), wav), options());
    QVERIFY(result.ok);
    QCOMPARE(result.attachment.format, QStringLiteral("wav"));
}

void TestAttachmentPreparer::storeOriginalsOffReadsInPlace()
{
    AttachmentPreparer::Options o = options();
    o.storeOriginals = false;
    const QString path = write(QStringLiteral("tone.wav"), MediaFiles::wav(100));
    const AttachmentPreparer::Result result = AttachmentPreparer::prepareFile(path, o);
    QVERIFY(result.ok);
    QCOMPARE(result.attachment.filePath, path);
    QCOMPARE(result.attachment.sha256, sha256(MediaFiles::wav(100)));
    QVERIFY(!QDir(m_store->root()).exists());
}

void TestAttachmentPreparer::pastedImage()
{
    AttachmentPreparer::Options o = options();
    o.thumbnailEdge = 64;
    const AttachmentPreparer::Result result = AttachmentPreparer::prepareImage(
        MediaFiles::quadrants(4096, 1024), QStringLiteral("Pasted image"), o);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.attachment.name, QStringLiteral("Pasted image"));
    QCOMPARE(result.attachment.format, QStringLiteral("png"));
    QCOMPARE(result.attachment.pixelSize, QSize(2048, 512));
    QCOMPARE(result.attachment.originalPixelSize, QSize(4096, 1024));
    QCOMPARE(result.thumbnail.size(), QSize(64, 16));
    QCOMPARE(QImage::fromData(MediaFiles::readFile(result.attachment.filePath)).size(), QSize(2048, 512));
}

void TestAttachmentPreparer::urls()
{
    AttachmentPreparer::Result result =
        AttachmentPreparer::prepareUrl(QUrl(QStringLiteral("https://example.com/cat.JPG?size=big")));
    QVERIFY(result.ok);
    QVERIFY(result.attachment.isReference());
    QCOMPARE(result.attachment.kind, MediaKind::Image);
    QCOMPARE(result.attachment.format, QStringLiteral("jpeg"));
    result = AttachmentPreparer::prepareUrl(QUrl(QStringLiteral("http://example.com/talk.mp3")));
    QCOMPARE(result.attachment.kind, MediaKind::Audio);
    result =
        AttachmentPreparer::prepareUrl(QUrl(QStringLiteral("https://example.com/stream")), MediaKind::Video);
    QCOMPARE(result.attachment.kind, MediaKind::Video);
    QVERIFY(result.attachment.format.isEmpty());
    result = AttachmentPreparer::prepareUrl(QUrl(QStringLiteral("ftp://example.com/cat.png")));
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("Cannot attach “ftp://example.com/cat.png”: only http and https "
                                          "addresses can be attached as a reference."));
}

QTEST_GUILESS_MAIN(TestAttachmentPreparer)
#include "tst_attachmentpreparer.moc"
