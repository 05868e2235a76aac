#include "mediafiles.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QtEndian>

#include <cmath>

QImage MediaFiles::quadrants(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    const int w = width / 2, h = height / 2;
    p.fillRect(0, 0, w, h, Qt::red);
    p.fillRect(w, 0, width - w, h, Qt::green);
    p.fillRect(0, h, w, height - h, Qt::blue);
    p.fillRect(w, h, width - w, height - h, Qt::white);
    return image;
}

QByteArray MediaFiles::encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    if (!writer.write(image))
        qWarning("MediaFiles::encoded: %s", qPrintable(writer.errorString()));
    return bytes;
}

QByteArray MediaFiles::wav(int milliseconds, int sampleRate)
{
    const qint64 samples = qint64(sampleRate) * milliseconds / 1000;
    QByteArray out;
    const auto u32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    const auto u16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    out += "RIFF";
    u32(quint32(36 + samples * 2));
    out += "WAVEfmt ";
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(quint32(sampleRate));
    u32(quint32(sampleRate * 2));
    u16(2);
    u16(16);
    out += "data";
    u32(quint32(samples * 2));
    for (qint64 i = 0; i < samples; ++i)
        u16(quint16(qint16(8000 * std::sin(2 * M_PI * 440 * double(i) / sampleRate))));
    return out;
}

QByteArray MediaFiles::withExifOrientation(const QByteArray &jpeg, int orientation)
{
    // TIFF, big-endian: header, one IFD with one entry (0x0112 Orientation, SHORT, 1), no next IFD.
    const QByteArray tiff = QByteArray("MM\x00\x2a\x00\x00\x00\x08", 8) + QByteArray("\x00\x01", 2) +
                            QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8) + char(0) + char(orientation) +
                            QByteArray(2, '\0') + QByteArray(4, '\0');
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(payload.size()) + 2;
    const QByteArray app1 = QByteArray("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xff) + payload;
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

QString MediaFiles::tinyMp4Path()
{
    return qEnvironmentVariable("LOQUAT_TEST_SOURCE_DIR") + QStringLiteral("/data/tiny.mp4");
}

QByteArray MediaFiles::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool MediaFiles::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool MediaFiles::near(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}
