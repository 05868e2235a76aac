#include "media/attachmentstore.h"
#include "mediafiles.h"
#include "simfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// loquat-cli chat --image/--video/--audio against the in-process simulator.
class TestCliMedia final : public QObject {
    Q_OBJECT

private slots:
    void sendsMediaInOrder();
    void scalesImagesUnlessOff();
    void refusesAtAttachTime();
    void showsTheServersRefusal();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(SimFixture &sim, const QStringList &arguments);
    QTemporaryDir m_dir;
};

TestCliMedia::Run TestCliMedia::cli(SimFixture &sim, const QStringList &arguments)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("LOQUAT_CLI"));
    process.setArguments(
        QStringList{QStringLiteral("chat"), QStringLiteral("--url"), sim.config().baseUrl.toString()} +
        arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    // The simulator answers on this thread's event loop, so wait by spinning it.
    if (!finished.wait(30000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliMedia::sendsMediaInOrder()
{
    SimFixture sim;
    const QByteArray wav = MediaFiles::wav(400);
    const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(20, 10), "png");
    MediaFiles::writeFile(m_dir.filePath(QStringLiteral("t.wav")), wav);
    MediaFiles::writeFile(m_dir.filePath(QStringLiteral("q.png")), png);
    const Run run = cli(
        sim, {QStringLiteral("--model"), QStringLiteral("sim-omni"), QStringLiteral("--audio"),
              m_dir.filePath(QStringLiteral("t.wav")), QStringLiteral("--video"), MediaFiles::tinyMp4Path(),
              QStringLiteral("--image=") + m_dir.filePath(QStringLiteral("q.png")), QStringLiteral("--image"),
              QStringLiteral("https://example.com/cat.png"), QStringLiteral("What are these?")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("1. audio via input_audio (audio/wav)")), qPrintable(run.out));
    QVERIFY(run.out.contains(AttachmentStore::sha256Of(wav)));
    QVERIFY(run.out.contains(QStringLiteral("2. video via video_url (video/mp4): MP4 1000 ms")));
    QVERIFY(run.out.contains(QStringLiteral("3. image via image_url (image/png): PNG 20x10")));
    QVERIFY(run.out.contains(AttachmentStore::sha256Of(png)));
    QVERIFY(run.out.contains(
        QStringLiteral("4. image via image_url from https://example.com/cat.png (not fetched)")));
}

void TestCliMedia::scalesImagesUnlessOff()
{
    SimFixture sim;
    const QString path = m_dir.filePath(QStringLiteral("wide.png"));
    MediaFiles::writeFile(path, MediaFiles::encoded(MediaFiles::quadrants(3000, 1500), "png"));
    Run run = cli(sim, {QStringLiteral("--model"), QStringLiteral("sim-vision"), QStringLiteral("--image"),
                        path, QStringLiteral("x")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("PNG 2048x1024")), qPrintable(run.out));
    run =
        cli(sim, {QStringLiteral("--model"), QStringLiteral("sim-vision"), QStringLiteral("--max-image-edge"),
                  QStringLiteral("off"), QStringLiteral("--image"), path, QStringLiteral("x")});
    QVERIFY2(run.out.contains(QStringLiteral("PNG 3000x1500")), qPrintable(run.out));
    run =
        cli(sim, {QStringLiteral("--model"), QStringLiteral("sim-vision"), QStringLiteral("--max-image-edge"),
                  QStringLiteral("500"), QStringLiteral("--image"), path, QStringLiteral("x")});
    QVERIFY2(run.out.contains(QStringLiteral("PNG 500x250")), qPrintable(run.out));
}

void TestCliMedia::refusesAtAttachTime()
{
    SimFixture sim;
    const QString wav = m_dir.filePath(QStringLiteral("t.wav"));
    MediaFiles::writeFile(wav, MediaFiles::wav(100));
    Run run = cli(sim, {QStringLiteral("--model"), QStringLiteral("sim-omni"), QStringLiteral("--image"), wav,
                        QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
             QStringLiteral("loquat-cli: Cannot attach “%1” as image: it is a WAV audio file.\n").arg(wav));
    const QString empty = m_dir.filePath(QStringLiteral("empty.mp3"));
    MediaFiles::writeFile(empty, {});
    run = cli(sim, {QStringLiteral("--model"), QStringLiteral("sim-omni"), QStringLiteral("--audio"), empty,
                    QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QStringLiteral("loquat-cli: Cannot attach “empty.mp3”: the file is empty.\n"));
    run = cli(sim, {QStringLiteral("--model"), QStringLiteral("sim-omni"), QStringLiteral("--max-image-edge"),
                    QStringLiteral("big"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(
        QStringLiteral("loquat-cli: --max-image-edge takes a number of pixels or \"off\", got \"big\".")));
    QCOMPARE(sim.sim().chatRequestCount(), 0);
}

void TestCliMedia::showsTheServersRefusal()
{
    SimFixture sim;
    const QString wav = m_dir.filePath(QStringLiteral("t.wav"));
    MediaFiles::writeFile(wav, MediaFiles::wav(100));
    const Run run = cli(sim, {QStringLiteral("--model"), QStringLiteral("sim-vision"),
                              QStringLiteral("--audio"), wav, QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             QStringLiteral("loquat-cli: The server refused the request (HTTP 400): At most 0 audio(s) may "
                            "be provided in one prompt.\n"));
}

QTEST_GUILESS_MAIN(TestCliMedia)
#include "tst_climedia.moc"
