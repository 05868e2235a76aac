#include "screenshotscene.h"

#include "chat/chatsession.h"
#include "compare/comparerun.h"
#include "compare/compareview.h"
#include "compare/lanespec.h"
#include "composer.h"
#include "embeddings/embeddingspanel.h"
#include "embeddings/rankingview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>

#include <cstdio>
#include <utility>

namespace {
constexpr int kPollMs = 100;
constexpr int kSettleMs = 1500; // thumbnails, charts and the last repaint of a stream
constexpr int kPlainDelayMs = 8000;
constexpr int kSceneDeadlineMs = 60000;

int delayFromEnvironment(int fallback)
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("LOQUAT_SCREENSHOT_DELAY_MS", &ok);
    return ok && ms > 0 ? ms : fallback;
}
} // namespace

void ScreenshotScene::startFromEnvironment(const Parts &parts)
{
    const QString path = qEnvironmentVariable("LOQUAT_SCREENSHOT");
    if (path.isEmpty() || !parts.window)
        return;
    auto *scene = new ScreenshotScene(parts, path);
    // Once the window has laid itself out for showing, or it would undo the size asked for.
    QTimer::singleShot(0, scene, [scene] {
        scene->arrangeWindow();
        scene->run(qEnvironmentVariable("LOQUAT_SCREENSHOT_SCENE").trimmed());
    });
}

ScreenshotScene::ScreenshotScene(const Parts &parts, const QString &path)
    : QObject(parts.window)
    , m_parts(parts)
    , m_path(path)
    , m_prompt(qEnvironmentVariable("LOQUAT_SCREENSHOT_PROMPT"))
    , m_files(qEnvironmentVariable("LOQUAT_SCREENSHOT_FILES").split(QLatin1Char(':'), Qt::SkipEmptyParts))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { take(false); });
}

void ScreenshotScene::arrangeWindow()
{
    MainWindow *window = m_parts.window;
    if (qEnvironmentVariableIsSet("LOQUAT_SCREENSHOT_DOCKS")) {
        const QStringList shown = qEnvironmentVariable("LOQUAT_SCREENSHOT_DOCKS").split(QLatin1Char(','));
        for (QDockWidget *dock : window->findChildren<QDockWidget *>())
            dock->setVisible(shown.contains(dock->objectName()));
    }
    window->layout()->activate(); // the hidden docks give their room back before the resize
    const QStringList size = qEnvironmentVariable("LOQUAT_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
        window->resize(size[0].toInt(), size[1].toInt());
    // As a person would drag them: wide enough to read the history's titles and every sampling field.
    for (const auto &[name, width] : {std::pair{"historyDock", 260}, std::pair{"samplingDock", 440}}) {
        auto *dock = window->findChild<QDockWidget *>(QLatin1String(name));
        if (dock && dock->isVisible())
            window->resizeDocks({dock}, {width}, Qt::Horizontal);
    }
}

void ScreenshotScene::run(const QString &scene)
{
    if (scene.isEmpty()) {
        QTimer::singleShot(delayFromEnvironment(kPlainDelayMs), this, [this] { take(true); });
        return;
    }
    m_deadline.start(delayFromEnvironment(kSceneDeadlineMs));
    if (scene == QLatin1String("chat"))
        chat(false);
    else if (scene == QLatin1String("attachments"))
        chat(true);
    else if (scene == QLatin1String("compare"))
        compare();
    else if (scene == QLatin1String("embeddings"))
        embeddings();
    else
        fail(QStringLiteral("unknown LOQUAT_SCREENSHOT_SCENE \"%1\" (chat, attachments, compare, embeddings)")
                 .arg(scene));
}

void ScreenshotScene::when(std::function<bool()> ready, std::function<void()> then)
{
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [poll, ready = std::move(ready), then = std::move(then)] {
        if (!ready())
            return;
        poll->stop();
        poll->deleteLater();
        then();
    });
    poll->start(kPollMs);
}

void ScreenshotScene::chat(bool withAttachments)
{
    Composer *composer = m_parts.window->composer();
    ChatSession *session = m_parts.session;
    const auto composed = [composer, count = m_files.size()] {
        return !composer->isPreparingAttachments() && composer->attachments().size() == count;
    };
    when([session] { return !session->model().isEmpty(); },
         [this, withAttachments, composer, session, composed] {
             if (withAttachments)
                 composer->addFiles(m_files);
             when(composed, [this, withAttachments, composer, session, composed] {
                 connect(session, &ChatSession::answerFinished, this,
                         [this, withAttachments, composer, composed] {
                             if (!withAttachments) {
                                 takeSoon();
                                 return;
                             }
                             // The next message, ready to go: the composer's strip as well.
                             composer->addFiles(m_files);
                             when(composed, [this] { takeSoon(); });
                         });
                 sendPrompt();
             });
         });
}

void ScreenshotScene::sendPrompt()
{
    Composer *composer = m_parts.window->composer();
    composer->setText(m_prompt);
    composer->button()->click();
    if (!m_parts.session->isBusy())
        fail(QStringLiteral("the prompt was not sent: %1").arg(composer->button()->toolTip()));
}

void ScreenshotScene::compare()
{
    CompareView *view = m_parts.compare;
    QList<LaneSpec> lanes;
    for (const QString &text : qEnvironmentVariable("LOQUAT_SCREENSHOT_LANES").split(QLatin1Char('|'))) {
        LaneSpec lane;
        QString error;
        if (!LaneSpec::fromText(text, m_parts.presets, &lane, &error)) {
            fail(QStringLiteral("lane \"%1\": %2").arg(text, error));
            return;
        }
        lanes.append(lane);
    }
    m_parts.window->showPage(view);
    // The lanes' model pickers fill once the chat has its models.
    when([this] { return !m_parts.session->model().isEmpty(); },
         [this, view, lanes] {
             if (!view->setLanes(lanes)) {
                 fail(QStringLiteral("the lanes were refused: %1").arg(view->messageLabel()->text()));
                 return;
             }
             view->promptEdit()->setPlainText(m_prompt);
             connect(view->run(), &CompareRun::finished, this, [this, view] {
                 // As a person would drag it: room for the answers above the chart.
                 if (auto *splitter = view->findChild<QSplitter *>(); splitter && splitter->count() == 3) {
                     const QList<int> sizes = splitter->sizes();
                     const int rest = sizes[1] + sizes[2];
                     splitter->setSizes({sizes[0], rest * 2 / 3, rest - rest * 2 / 3});
                 }
                 takeSoon();
             });
             if (!view->start())
                 fail(QStringLiteral("the comparison did not start: %1").arg(view->messageLabel()->text()));
         });
}

void ScreenshotScene::embeddings()
{
    EmbeddingsPanel *panel = m_parts.embeddings;
    QFile file(qEnvironmentVariable("LOQUAT_SCREENSHOT_TEXTS"));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("LOQUAT_SCREENSHOT_TEXTS: %1").arg(file.errorString()));
        return;
    }
    const QString texts = QString::fromUtf8(file.readAll());
    const QString query = qEnvironmentVariable("LOQUAT_SCREENSHOT_QUERY");
    m_parts.window->showPage(panel);
    const auto analysed = [panel] {
        return !panel->isComputing() && !panel->isAnalysing() && !panel->lastAnalysis().rows.isEmpty();
    };
    // The model is chosen (from the settings) and its vectors' length known: compute.
    when([panel] { return panel->probedDimensions() > 0; },
         [this, panel, texts, query, analysed] {
             panel->addLines(texts);
             panel->compute();
             when(analysed, [this, panel, query, analysed] {
                 panel->setOrder(EmbeddingAnalysis::Order::Clustered);
                 when(analysed, [this, panel, query] {
                     if (query.isEmpty()) {
                         takeSoon();
                         return;
                     }
                     panel->tabs()->setCurrentIndex(panel->tabs()->count() - 1); // Search
                     panel->rankingView()->rerankBox()->setChecked(true);
                     panel->rankingView()->queryEdit()->setText(query);
                     connect(panel, &EmbeddingsPanel::rankingFinished, this, &ScreenshotScene::takeSoon);
                     panel->rank(query);
                 });
             });
         });
}

void ScreenshotScene::takeSoon()
{
    QTimer::singleShot(kSettleMs, this, [this] { take(true); });
}

void ScreenshotScene::take(bool complete)
{
    if (std::exchange(m_taken, true))
        return;
    if (!complete)
        std::fprintf(stderr, "loquat: the screenshot scene was not ready in time; saved as it is\n");
    if (!m_parts.window->grab().save(m_path)) {
        fail(QStringLiteral("could not save the screenshot to %1").arg(m_path));
        return;
    }
    QApplication::exit(complete ? 0 : 1);
}

void ScreenshotScene::fail(const QString &message)
{
    std::fprintf(stderr, "loquat: screenshot: %s\n", qUtf8Printable(message));
    QApplication::exit(1);
}
