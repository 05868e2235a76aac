#include "api/vllmclient.h"
#include "attachments/attachmentchip.h"
#include "attachments/attachmentsizelimits.h"
#include "attachments/attachmentstrip.h"
#include "attachments/mediaprobe.h"
#include "attachments/thumbnailcache.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "composer.h"
#include "conversationview.h"
#include "desktop/conversationzoom.h"
#include "desktop/preferencesdialog.h"
#include "mainwindow.h"
#include "media/attachmentstore.h"
#include "mediafiles.h"
#include "serverbar.h"
#include "simfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFragment>
#include <QToolButton>

namespace {
constexpr int kWaitMs = 15000;
}

// Attaching in the running app: the composer's strip, refusals, paste and drop, sending to the
// simulator's vision model, thumbnails in the conversation, and a refused send.
class TestAttachments final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileBecomesAChipWithWhatIsSent();
    void refusalNamesTheFileAndKeepsTheOthers();
    void removeBeforeSending();
    void attachmentsAloneCanBeSent();
    void sendWaitsForPreparation();
    void pasteAndDrop();
    void webAddress();
    void imageEdgeIsPerServer();
    void sizeLimitsFromPreferencesApplyToTheNextAttach();
    void sentMessageShowsThumbnailsAndTheServerSawThem();
    void refusedSendPutsTheAttachmentsBack();
    void windowDropAttaches();
    void probeFindsVideoFrameAndLength();
    void wavLengthFromItsHeader();

private:
    QString write(const QString &name, const QByteArray &bytes);
    void connectWindow(const QString &model);

    QTemporaryDir m_dir;
    std::unique_ptr<Composer> m_composer;
    std::unique_ptr<SimFixture> m_fixture;
    std::unique_ptr<VllmClient> m_client;
    std::unique_ptr<ConversationModel> m_conversation;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestAttachments::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("LoquatAttachmentsTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

void TestAttachments::init()
{
    QSettings().clear();
    m_composer = std::make_unique<Composer>();
    m_composer->setAttachmentStoreRoot(m_dir.filePath(QStringLiteral("store")));
    m_composer->show();
}

void TestAttachments::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_conversation.reset();
    m_client.reset();
    m_fixture.reset();
    m_composer.reset();
}

QString TestAttachments::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    MediaFiles::writeFile(path, bytes);
    return path;
}

void TestAttachments::fileBecomesAChipWithWhatIsSent()
{
    const QString big =
        write(QStringLiteral("big.png"), MediaFiles::encoded(MediaFiles::quadrants(3000, 2000), "png"));
    m_composer->addFiles({big, MediaFiles::tinyMp4Path()});
    AttachmentStrip *strip = m_composer->attachmentStrip();
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->count(), 2);
    QVERIFY(m_composer->isPreparingAttachments());
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isPreparingAttachments(), kWaitMs);
    const AttachmentList list = m_composer->attachments();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("big.png")); // the order they were added in
    QCOMPARE(list.at(1).kind, MediaKind::Video);
    const QString detail = strip->chips().at(0)->detailText();
    QVERIFY2(detail.startsWith(QStringLiteral("2048×1365 · ")), qPrintable(detail));
    QVERIFY2(detail.endsWith(QStringLiteral("(scaled from 3000×2000)")), qPrintable(detail));
    QVERIFY(!m_composer->attachmentNotice()->isVisible());
}

void TestAttachments::refusalNamesTheFileAndKeepsTheOthers()
{
    const QString fake = write(QStringLiteral("song.mp3"), "definitely not audio");
    const QString good = write(QStringLiteral("tone.wav"), MediaFiles::wav(300));
    const QString empty = write(QStringLiteral("empty.jpg"), {});
    m_composer->addFiles({fake, good, empty});
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isPreparingAttachments(), kWaitMs);
    QCOMPARE(m_composer->attachments().size(), 1);
    QCOMPARE(m_composer->attachmentStrip()->count(), 1);
    QLabel *notice = m_composer->attachmentNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral(
                 "Cannot attach “song.mp3”: the name says it is a MP3 audio file, but its content is not.")),
             qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("Cannot attach “empty.jpg”: the file is empty.")));
}

void TestAttachments::removeBeforeSending()
{
    m_composer->addFiles({write(QStringLiteral("a.wav"), MediaFiles::wav(100)),
                          write(QStringLiteral("b.wav"), MediaFiles::wav(200))});
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isPreparingAttachments(), kWaitMs);
    QCOMPARE(m_composer->attachments().size(), 2);
    QTest::mouseClick(m_composer->attachmentStrip()->chips().at(0)->removeButton(), Qt::LeftButton);
    QCOMPARE(m_composer->attachments().size(), 1);
    QCOMPARE(m_composer->attachments().at(0).name, QStringLiteral("b.wav"));
    m_composer->attachmentStrip()->chips().at(0)->setFocus();
    QTest::keyClick(m_composer->attachmentStrip()->chips().at(0), Qt::Key_Delete);
    QVERIFY(m_composer->attachments().isEmpty());
    QTRY_VERIFY(!m_composer->attachmentStrip()->isVisible());
}

void TestAttachments::attachmentsAloneCanBeSent()
{
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    QVERIFY(!m_composer->button()->isEnabled());
    m_composer->addFiles({write(QStringLiteral("a.wav"), MediaFiles::wav(100))});
    QTRY_VERIFY_WITH_TIMEOUT(m_composer->button()->isEnabled(), kWaitMs);
    QTest::keyClick(m_composer->editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QString());
}

void TestAttachments::sendWaitsForPreparation()
{
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    QTest::keyClicks(m_composer->editor(), QStringLiteral("describe"));
    m_composer->addFiles(
        {write(QStringLiteral("big.png"), MediaFiles::encoded(MediaFiles::quadrants(4000, 3000), "png"))});
    QVERIFY(m_composer->isPreparingAttachments());
    QVERIFY(!m_composer->button()->isEnabled());
    QTest::keyClick(m_composer->editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 0);
    QVERIFY(m_composer->attachmentNotice()->text().contains(QStringLiteral("still being prepared")));
    QTRY_VERIFY_WITH_TIMEOUT(m_composer->button()->isEnabled(), kWaitMs);
    QTest::keyClick(m_composer->editor(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
}

void TestAttachments::pasteAndDrop()
{
    // A copied image, pasted into the text field.
    QApplication::clipboard()->setImage(MediaFiles::quadrants(300, 100));
    m_composer->editor()->setFocus();
    m_composer->editor()->paste();
    QCOMPARE(m_composer->attachmentStrip()->count(), 1);
    QVERIFY(m_composer->text().isEmpty());
    // Copied files (a file manager's copy), pasted.
    auto *files = new QMimeData;
    files->setUrls({QUrl::fromLocalFile(write(QStringLiteral("t.wav"), MediaFiles::wav(100)))});
    QApplication::clipboard()->setMimeData(files);
    m_composer->editor()->paste();
    QCOMPARE(m_composer->attachmentStrip()->count(), 2);
    // Plain text stays text, even when it is an address.
    QApplication::clipboard()->setText(QStringLiteral("https://example.com/cat.png"));
    m_composer->editor()->paste();
    QCOMPARE(m_composer->text(), QStringLiteral("https://example.com/cat.png"));
    QCOMPARE(m_composer->attachmentStrip()->count(), 2);
    // A file dropped on the composer.
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(MediaFiles::tinyMp4Path())});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_composer.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_composer.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isPreparingAttachments(), kWaitMs);
    const AttachmentList list = m_composer->attachments();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).name, QStringLiteral("Pasted image"));
    QCOMPARE(list.at(0).format, QStringLiteral("png"));
    QCOMPARE(list.at(0).pixelSize, QSize(300, 100));
    QCOMPARE(list.at(1).format, QStringLiteral("wav"));
    QCOMPARE(list.at(2).format, QStringLiteral("mp4"));
}

void TestAttachments::webAddress()
{
    QVERIFY(m_composer->addUrl(QUrl(QStringLiteral("https://example.com/clip.webm"))));
    QCOMPARE(m_composer->attachments().at(0).kind, MediaKind::Video);
    QVERIFY(m_composer->attachments().at(0).isReference());
    QVERIFY(!m_composer->addUrl(QUrl(QStringLiteral("file:///etc/passwd"))));
    QVERIFY(m_composer->attachmentNotice()->text().contains(QStringLiteral("only http and https")));
}

void TestAttachments::imageEdgeIsPerServer()
{
    m_composer->setServerKey(QStringLiteral("gpu-a:8000"));
    QCOMPARE(m_composer->mediaLimits().maxImageEdge, 2048);
    m_composer->setMaxImageEdge(0); // "At their own size"
    m_composer->setServerKey(QStringLiteral("gpu-b:8000"));
    QCOMPARE(m_composer->mediaLimits().maxImageEdge, 2048);
    m_composer->setMaxImageEdge(1024);
    m_composer->setServerKey(QStringLiteral("gpu-a:8000"));
    QCOMPARE(m_composer->mediaLimits().maxImageEdge, 0);
    m_composer->addFiles(
        {write(QStringLiteral("big.png"), MediaFiles::encoded(MediaFiles::quadrants(3000, 2000), "png"))});
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isPreparingAttachments(), kWaitMs);
    QCOMPARE(m_composer->attachments().at(0).pixelSize, QSize(3000, 2000));
    m_composer->clear();
    m_composer->setServerKey(QStringLiteral("gpu-b:8000"));
    m_composer->addFiles({m_dir.filePath(QStringLiteral("big.png"))});
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isPreparingAttachments(), kWaitMs);
    QCOMPARE(m_composer->attachments().at(0).pixelSize, QSize(1024, 683));
}

void TestAttachments::sizeLimitsFromPreferencesApplyToTheNextAttach()
{
    // A WAV a little over 1 MiB (16 kHz, 16-bit mono: 32,000 bytes a second).
    const QString tone = write(QStringLiteral("tone.wav"), MediaFiles::wav(34000));
    QVERIFY(QFileInfo(tone).size() > MediaLimits::kMiB);
    QVERIFY(QFileInfo(tone).size() < 2 * MediaLimits::kMiB);

    ConversationView view;
    ConversationZoom zoom(&view);
    PreferencesDialog dialog(&zoom);
    // The defaults, in the ranges the issue names.
    QCOMPARE(dialog.maxImageBox()->value(), 20);
    QCOMPARE(dialog.maxVideoBox()->value(), 200);
    QCOMPARE(dialog.maxAudioBox()->value(), 50);
    QCOMPARE(dialog.maxAudioBox()->minimum(), 1);
    QCOMPARE(dialog.maxAudioBox()->maximum(), AttachmentSizeLimits::maxMB(MediaKind::Audio));
    QVERIFY(!QSettings().contains(QStringLiteral("attachments/maxAudioMB"))); // defaults are not pinned

    // Lowered in the dialog: the next attach is refused, naming the file and the limit.
    dialog.maxAudioBox()->setValue(1);
    QCOMPARE(QSettings().value(QStringLiteral("attachments/maxAudioMB")).toInt(), 1);
    m_composer->addFiles({tone});
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isPreparingAttachments(), kWaitMs);
    QVERIFY(m_composer->attachments().isEmpty());
    QLabel *notice = m_composer->attachmentNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("“tone.wav”")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("1.0 MB")) ||
                 notice->text().contains(QStringLiteral("1 MB")),
             qPrintable(notice->text()));

    // Raised again: the same file is accepted, without reopening anything.
    dialog.maxAudioBox()->setValue(2);
    m_composer->addFiles({tone});
    QTRY_VERIFY_WITH_TIMEOUT(!m_composer->isPreparingAttachments(), kWaitMs);
    QCOMPARE(m_composer->attachments().size(), 1);
    QCOMPARE(m_composer->mediaLimits().maxAudioBytes, 2 * MediaLimits::kMiB);

    // Out of range is clamped; Default sizes brings the defaults back and forgets the settings.
    dialog.maxImageBox()->setValue(100000);
    QCOMPARE(dialog.maxImageBox()->value(), AttachmentSizeLimits::maxMB(MediaKind::Image));
    const auto buttons = dialog.findChildren<QPushButton *>();
    const auto reset = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
        return b->accessibleName() == QStringLiteral("Default attachment size limits");
    });
    QVERIFY(reset != buttons.end());
    QTest::mouseClick(*reset, Qt::LeftButton);
    QCOMPARE(dialog.maxImageBox()->value(), 20);
    QCOMPARE(dialog.maxAudioBox()->value(), 50);
    QVERIFY(!QSettings().contains(QStringLiteral("attachments/maxAudioMB")));
    QVERIFY(!QSettings().contains(QStringLiteral("attachments/maxImageMB")));

    // A hand-edited setting out of range falls back to the default.
    QSettings().setValue(QStringLiteral("attachments/maxVideoMB"), -5);
    QCOMPARE(AttachmentSizeLimits::megabytes(MediaKind::Video), 200);
}

void TestAttachments::connectWindow(const QString &model)
{
    m_composer.reset();
    m_fixture = std::make_unique<SimFixture>();
    m_client = std::make_unique<VllmClient>(&m_fixture->network());
    m_client->setServer(m_fixture->config());
    m_conversation = std::make_unique<ConversationModel>();
    m_session = std::make_unique<ChatSession>(m_client.get(), m_conversation.get());
    m_window = std::make_unique<MainWindow>(m_client.get(), m_conversation.get(), m_session.get());
    m_window->composer()->setAttachmentStoreRoot(m_dir.filePath(QStringLiteral("store")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->connectTo(m_fixture->sim().baseUrl().toString()));
    QComboBox *picker = m_window->serverBar()->modelPicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->count() >= 5, kWaitMs);
    picker->setCurrentIndex(picker->findData(model));
    QTRY_COMPARE(m_session->model(), model);
}

void TestAttachments::sentMessageShowsThumbnailsAndTheServerSawThem()
{
    connectWindow(QStringLiteral("sim-vision"));
    Composer *composer = m_window->composer();
    const QByteArray png = MediaFiles::encoded(MediaFiles::quadrants(400, 300), "png");
    composer->addFiles({write(QStringLiteral("q.png"), png), MediaFiles::tinyMp4Path()});
    QTRY_VERIFY_WITH_TIMEOUT(!composer->isPreparingAttachments() && composer->attachments().size() == 2,
                             kWaitMs);
    QTest::keyClicks(composer->editor(), QStringLiteral("What is this?"));
    QTest::keyClick(composer->editor(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 2, kWaitMs);
    QVERIFY(composer->attachments().isEmpty()); // sent: the composer is empty again
    QCOMPARE(m_conversation->message(0).attachments.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->message(1).state, MessageState::Complete, kWaitMs);
    const QString answer = m_conversation->message(1).content;
    QVERIFY2(answer.contains(QStringLiteral("PNG 400x300")), qPrintable(answer));
    QVERIFY(answer.contains(AttachmentStore::sha256Of(png)));
    QVERIFY(answer.contains(QStringLiteral("video via video_url (video/mp4): MP4 1000 ms")));

    // The user's turn shows the picture itself (from local data) and what was sent.
    ConversationView *view = m_window->conversationView();
    const int refusedBefore = view->refusedResourceCount();
    QTRY_VERIFY_WITH_TIMEOUT(view->toHtml().contains(QStringLiteral("loquat-thumb-")), kWaitMs);
    QVERIFY(view->toPlainText().contains(QStringLiteral("q.png — 400×300")));
    // Every picture in the document is one the view put there itself, from local data.
    const auto pictures = [view] {
        int images = 0;
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                const QVariant resource = view->document()->resource(QTextDocument::ImageResource,
                                                                     QUrl(format.toImageFormat().name()));
                if (qvariant_cast<QImage>(resource).isNull())
                    return -1;
                ++images;
            }
        }
        return images;
    };
    // The PNG, and the video's frame once Qt Multimedia has decoded one.
    QTRY_COMPARE_WITH_TIMEOUT(pictures(), 2, kWaitMs);
    QVERIFY(view->toPlainText().contains(QStringLiteral("tiny.mp4 — 0:01")));
    QCOMPARE(view->refusedResourceCount(), refusedBefore);
}

void TestAttachments::refusedSendPutsTheAttachmentsBack()
{
    connectWindow(QStringLiteral("sim-chat"));
    Composer *composer = m_window->composer();
    composer->addFiles(
        {write(QStringLiteral("q.png"), MediaFiles::encoded(MediaFiles::quadrants(40, 30), "png"))});
    QTRY_VERIFY_WITH_TIMEOUT(!composer->isPreparingAttachments(), kWaitMs);
    QTest::keyClicks(composer->editor(), QStringLiteral("Look"));
    QTest::keyClick(composer->editor(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->rowCount(), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_conversation->message(1).state, MessageState::Failed, kWaitMs);
    QCOMPARE(m_conversation->message(1).errorText,
             QStringLiteral("The server refused the request (HTTP 400): sim-chat is not a multimodal model"));
    QCOMPARE(composer->attachments().size(), 1);
    QCOMPARE(composer->attachments().at(0).name, QStringLiteral("q.png"));
    QCOMPARE(composer->text(), QStringLiteral("Look"));
}

void TestAttachments::windowDropAttaches()
{
    connectWindow(QStringLiteral("sim-vision"));
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(MediaFiles::tinyMp4Path())});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->composer()->attachments().size(), 1, kWaitMs);
}

void TestAttachments::probeFindsVideoFrameAndLength()
{
    Attachment video;
    video.kind = MediaKind::Video;
    video.format = QStringLiteral("mp4");
    video.filePath = MediaFiles::tinyMp4Path();
    MediaProbe probe(video);
    QSignalSpy finished(&probe, &MediaProbe::finished);
    probe.start();
    QVERIFY(finished.wait(MediaProbe::kTimeoutMs + 2000));
    const qint64 ms = finished.at(0).at(0).toLongLong();
    QVERIFY2(qAbs(ms - 1000) <= 100, qPrintable(QString::number(ms)));
    const QImage frame = qvariant_cast<QImage>(finished.at(0).at(1));
    QCOMPARE(frame.size(), QSize(64, 48));
}

void TestAttachments::wavLengthFromItsHeader()
{
    QCOMPARE(MediaProbe::wavDurationMs(write(QStringLiteral("t.wav"), MediaFiles::wav(2500))), qint64(2500));
    QCOMPARE(MediaProbe::wavDurationMs(MediaFiles::tinyMp4Path()), qint64(-1));
    QCOMPARE(ThumbnailCache::formatDuration(65'400), QStringLiteral("1:05"));
    QCOMPARE(ThumbnailCache::formatDuration(3'729'000), QStringLiteral("1:02:09"));
}

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
