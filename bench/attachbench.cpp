#include "attachbench.h"

#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <ctime>

namespace {

// Something a camera could have taken: smooth gradients with fine noise, so the JPEG is as large
// and as hard to code as a real photo (a flat image would make decoding look faster than it is).
QImage photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int noise = int(random.bounded(48));
            line[x] = qRgb((x * 255 / width + noise) & 0xff, (y * 255 / height + noise) & 0xff,
                           ((x + y) * 255 / (width + height) + noise) & 0xff);
        }
    }
    return image;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

AttachBench::Result AttachBench::run(int repetitions)
{
    Result result;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    if (!photo(6000, 4000).save(path, "JPEG", 90))
        return result;
    result.sourceMegabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);

    QList<double> times, cpuTimes;
    for (int rep = 0; rep < repetitions; ++rep) {
        const AttachmentStore store(dir.filePath(QStringLiteral("store-%1").arg(rep)));
        AttachmentPreparer::Options options;
        options.store = &store;
        options.thumbnailEdge = 96; // the composer asks for its thumbnail in the same pass
        AttachmentPreparer::Result prepared;
        bool offThread = false;
        double cpuMs = 0;
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        QThreadPool::globalInstance()->start([&] {
            offThread = QThread::currentThread() != qApp->thread();
            const double cpuStart = threadCpuMs();
            prepared = AttachmentPreparer::prepareFile(path, options);
            cpuMs = threadCpuMs() - cpuStart;
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        });
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!offThread || !prepared.ok || prepared.attachment.pixelSize != QSize(2048, 1365))
            return result;
        times.append(ms);
        cpuTimes.append(cpuMs);
    }
    std::sort(times.begin(), times.end());
    result.bestMs = times.first();
    result.medianMs = times.at(times.size() / 2);
    std::sort(cpuTimes.begin(), cpuTimes.end());
    result.medianCpuMs = cpuTimes.at(cpuTimes.size() / 2);
    return result;
}
