#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QString>

// Real media made in the test: images with four coloured quadrants (so scaling and turning can
// be read back), a WAV tone, a JPEG with an EXIF orientation, and the committed tiny MP4.
namespace MediaFiles {

// Quadrants: top-left red, top-right green, bottom-left blue, bottom-right white.
QImage quadrants(int width, int height);
// The image in `format` ("png", "jpeg", "webp", "bmp"), as bytes; `quality` -1 for the default.
QByteArray encoded(const QImage &image, const char *format, int quality = -1);
// A mono 16-bit PCM WAV of a 440 Hz tone.
QByteArray wav(int milliseconds, int sampleRate = 16000);
// A JPEG with an APP1 EXIF block carrying `orientation` (1..8) right after its SOI marker.
QByteArray withExifOrientation(const QByteArray &jpeg, int orientation);
// tests/data/tiny.mp4: 64x48 H.264, 1 s (made with ffmpeg's testsrc).
QString tinyMp4Path();
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// Whether two colours are close (lossy formats move them a little).
bool near(const QColor &a, const QColor &b, int tolerance = 40);

} // namespace MediaFiles
