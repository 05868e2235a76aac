// CompareView (ui/compare) against the in-process simulator: lanes stream side by side, each pane
// shows its differences and figures, a failing lane shows the server's words while the others
// complete, invalid lanes are caught before sending, sweeps make lanes, requests become lanes,
// a lane continues in the chat, and the comparison exports.

#include "api/vllmclient.h"
#include "chat/conversationmodel.h"
#include "compare/comparechart.h"
#include "compare/comparepane.h"
#include "compare/comparerun.h"
#include "compare/compareview.h"
#include "compare/diffview.h"
#include "compare/laneeditor.h"
#include "compare/sweep.h"
#include "conversationview.h"
#include "elidedline.h"
#include "sampling/presetstore.h"
#include "simfixture.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <cmath>

namespace {
constexpr int kWaitMs = 20000;
}

class TestCompareView final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SimFixture> m_fixture;
    std::unique_ptr<VllmClient> m_client;
    std::unique_ptr<ConversationModel> m_conversation;
    std::unique_ptr<PresetStore> m_presets;
    std::unique_ptr<CompareView> m_view;

    void waitForModels()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_view->laneEditor(0)->modelPicker()->count() >= 2, kWaitMs);
    }
    static double axisTop(QChartView *view)
    {
        const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
        const auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
        return axis ? axis->max() : -1;
    }

    void finish()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->run()->isRunning() && m_view->runButton()->isEnabled(), kWaitMs);
    }

private slots:
    void init()
    {
        SimOptions options;
        options.tokenDelayMs = 1;
        m_fixture = std::make_unique<SimFixture>(options);
        QVERIFY(m_fixture->isListening());
        m_client = std::make_unique<VllmClient>(&m_fixture->network());
        m_client->setServer(m_fixture->config());
        m_conversation = std::make_unique<ConversationModel>();
        m_presets = std::make_unique<PresetStore>(m_dir.filePath(QStringLiteral("presets.json")));
        m_view = std::make_unique<CompareView>(m_client.get(), m_conversation.get(), m_presets.get());
        m_view->resize(1400, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        waitForModels();
    }
    void cleanup()
    {
        m_view.reset();
        m_presets.reset();
        m_conversation.reset();
        m_client.reset();
        m_fixture.reset();
    }

    void twoLanesStreamSideBySide()
    {
        QCOMPARE(m_view->laneEditorCount(), 2); // Precise and Creative to start with
        QCOMPARE(m_view->laneEditor(0)->modelPicker()->currentText(), QStringLiteral("sim-chat"));
        m_view->laneEditor(1)->overridesEdit()->setText(QStringLiteral("max_completion_tokens=40, seed=9"));
        QTest::keyClicks(m_view->promptEdit(), QStringLiteral("Explain caching"));
        QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
        QCOMPARE(m_view->paneCount(), 2);
        QVERIFY(!m_view->runButton()->isEnabled());
        finish();
        for (int i = 0; i < 2; ++i) {
            const Message &answer = m_view->run()->answer(i);
            QCOMPARE(answer.state, MessageState::Complete);
            // The pane renders the answer as the chat does.
            QVERIFY(m_view->pane(i)->view()->toPlainText().contains(QStringLiteral("Réponse 1")));
            QVERIFY(m_view->pane(i)->figuresLine()->text().contains(QStringLiteral("tok/s")));
            QVERIFY(m_view->pane(i)->figuresLine()->text().contains(QStringLiteral("wall")));
        }
        QVERIFY(m_view->pane(1)->figuresLine()->text().contains(QStringLiteral("finish: length")));
        QCOMPARE(m_view->run()->answer(1).metrics.completionTokens, 40);
        const QString differs = m_view->pane(1)->differsLabel()->text();
        QVERIFY2(differs.contains(QStringLiteral("temperature: 0.2 → 1.1")), qPrintable(differs));
        QVERIFY(differs.contains(QStringLiteral("seed: default → 9")));
        QCOMPARE(m_fixture->sim().lastChatBody().value(QLatin1String("messages")).toArray().size(), 1);
        // Chart and diff follow the run.
        QCOMPARE(m_view->chart()->lengths().size(), 2);
        QCOMPARE(m_view->chart()->lengths().at(1), 40.0);
        QVERIFY(m_view->chart()->speeds().at(0) > 0);
        QVERIFY(m_view->diffView()->summary()->text().contains(QStringLiteral("% of the words in common")));
        QVERIFY(!m_view->diffView()->browser()->toPlainText().isEmpty());
    }

    void failingLaneLeavesTheOthers()
    {
        QVERIFY(m_view->setLanes({LaneSpec{}, LaneSpec{}, LaneSpec{}}));
        m_view->laneEditor(1)->modelPicker()->setCurrentText(QStringLiteral("no-such-model"));
        m_view->laneEditor(2)->overridesEdit()->setText(QStringLiteral("logprobs=true, top_logprobs=40"));
        m_view->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QVERIFY(m_view->start());
        finish();
        QCOMPARE(m_view->run()->answer(0).state, MessageState::Complete);
        QCOMPARE(m_view->run()->answer(1).state, MessageState::Failed);
        QVERIFY(m_view->pane(1)->view()->toPlainText().contains(
            QStringLiteral("The model `no-such-model` does not exist.")));
        QCOMPARE(m_view->run()->answer(2).state, MessageState::Failed);
        QVERIFY(m_view->pane(2)->view()->toPlainText().contains(
            QStringLiteral("Requested sample logprobs of 40, which is greater than max allowed: 20")));
        QVERIFY(m_view->messageLabel()->text().contains(QStringLiteral("2 lane(s) failed")));
    }

    void panesAreMadeAheadAndReusedHidden()
    {
        // Panes for the lanes being set up are made ahead, hidden, so that Run only shows them.
        QVERIFY(m_view->setLanes({LaneSpec{}, LaneSpec{}, LaneSpec{}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->findChildren<ComparePane *>().size(), 3, kWaitMs);
        for (const ComparePane *pane : m_view->findChildren<ComparePane *>())
            QVERIFY(!pane->isVisibleTo(m_view.get()));
        QCOMPARE(m_view->paneCount(), 0);
        m_view->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QVERIFY(m_view->start());
        QCOMPARE(m_view->paneCount(), 3);
        QCOMPARE(m_view->findChildren<ComparePane *>().size(), 3); // none made at Run
        QTRY_VERIFY_WITH_TIMEOUT(m_view->pane(2)->isVisibleTo(m_view.get()), kWaitMs);
        finish();
        QCOMPARE(m_view->chart()->lengths().size(), 3);
        QVERIFY(m_view->pane(2)->view()->toPlainText().contains(QStringLiteral("Réponse 1")));

        // Fewer lanes: the extra pane is hidden and shows nothing of the last run.
        QVERIFY(m_view->setLanes({LaneSpec{}, LaneSpec{}}));
        QVERIFY(m_view->start());
        QCOMPARE(m_view->paneCount(), 2);
        QVERIFY(!m_view->pane(2)->isVisibleTo(m_view.get()));
        QVERIFY(m_view->pane(2)->view()->toPlainText().isEmpty());
        finish();
        QCOMPARE(m_view->chart()->lengths().size(), 2);
        QCOMPARE(m_view->chart()->speeds().size(), 2);
        QVERIFY(m_view->pane(1)->isVisibleTo(m_view.get()));
    }

    void runBuildsNoAnswerDocumentInTheClick()
    {
        // Run sends the requests; each pane builds its document for its lane on a turn of its own
        // afterwards (a view given a model builds anew), so eight lanes never build in the click.
        QVERIFY(m_view->setLanes({LaneSpec{}, LaneSpec{}, LaneSpec{}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->findChildren<ComparePane *>().size(), 3, kWaitMs);
        m_view->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QList<int> builds;
        for (int i = 0; i < 3; ++i)
            builds << m_view->pane(i)->view()->rebuildCount();
        QVERIFY(m_view->start());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_view->pane(i)->view()->rebuildCount(), builds.at(i));
        finish();
        for (int i = 0; i < 3; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(m_view->pane(i)->model(), m_view->run()->laneModel(i), kWaitMs);
            QVERIFY(m_view->pane(i)->isVisibleTo(m_view.get()));
            QCOMPARE(m_view->pane(i)->view()->rebuildCount(), builds.at(i) + 1);
            QVERIFY(m_view->pane(i)->view()->toPlainText().contains(QStringLiteral("Réponse 1")));
        }
    }

    void panesShownOneByOneTakeTheirPlaceAtOnce()
    {
        // The run's panes are shown one a turn; each takes the place it keeps, so showing the next
        // never narrows (and repaints) those before it. A run with fewer lanes shares the row
        // among fewer panes.
        QVERIFY(m_view->setLanes({LaneSpec{}, LaneSpec{}, LaneSpec{}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->findChildren<ComparePane *>().size(), 3, kWaitMs);
        m_view->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QVERIFY(m_view->start());
        QElapsedTimer clock;
        clock.start();
        while (m_view->pane(0)->isHidden() && clock.elapsed() < kWaitMs)
            QCoreApplication::processEvents();
        QVERIFY(!m_view->pane(0)->isHidden());
        QList<QRect> places;
        for (int i = 0; i < 3; ++i)
            places << m_view->pane(i)->geometry();
        finish();
        for (int i = 0; i < 3; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(m_view->pane(i)->isVisible(), kWaitMs);
        QTest::qWait(50);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_view->pane(i)->geometry(), places.at(i));
        QVERIFY(places.at(0).width() == places.at(2).width() && places.at(0).right() < places.at(1).left());

        QVERIFY(m_view->setLanes({LaneSpec{}, LaneSpec{}}));
        QVERIFY(m_view->start());
        finish();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->pane(1)->isVisible(), kWaitMs);
        QTest::qWait(50);
        QVERIFY(m_view->pane(2)->isHidden());
        QVERIFY2(m_view->pane(0)->width() > places.at(0).width() * 4 / 3,
                 qPrintable(
                     QStringLiteral("%1 px of %2").arg(m_view->pane(0)->width()).arg(places.at(0).width())));
    }

    void chartIsReadyBeforeTheFirstRun()
    {
        // Drawn for the lanes while they are set up, so that the run's first refresh of the
        // charts only changes values: the same series, no new axes.
        QVERIFY(m_view->setLanes({LaneSpec{}, LaneSpec{}, LaneSpec{}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->chart()->lengths().size(), 3, kWaitMs);
        QCOMPARE(m_view->chart()->speeds(), QList<double>(3, 0.0));
        const QList<QChartView *> charts = m_view->chart()->findChildren<QChartView *>();
        QCOMPARE(charts.size(), 2);
        QList<QAbstractSeries *> series;
        for (QChartView *chart : charts) {
            QTRY_COMPARE_WITH_TIMEOUT(chart->chart()->series().size(), 1, kWaitMs);
            series << chart->chart()->series().first();
        }
        m_view->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QVERIFY(m_view->start());
        finish();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_view->chart()->lengths().size() == 3 && m_view->chart()->lengths().at(2) > 0, kWaitMs);
        for (qsizetype i = 0; i < charts.size(); ++i)
            QCOMPARE(charts.at(i)->chart()->series().first(), series.at(i));
        // The value axes label their five ticks with round whole numbers, above every bar (the
        // length chart is drawn a turn of the event loop after the speed chart).
        const QList<QList<double>> values = {m_view->chart()->speeds(), m_view->chart()->lengths()};
        for (qsizetype i = 0; i < charts.size(); ++i) {
            const double highest = *std::max_element(values.at(i).begin(), values.at(i).end());
            QTRY_VERIFY_WITH_TIMEOUT(axisTop(charts.at(i)) >= highest, kWaitMs);
            const double top = axisTop(charts.at(i));
            const double step = top / 4;
            const double power = std::pow(10.0, std::floor(std::log10(step)));
            const double mantissa = std::round(step / power * 1000) / 1000;
            QVERIFY2(step >= 1 && (mantissa == 1 || mantissa == 2 || mantissa == 5),
                     qPrintable(QStringLiteral("axis to %1 for a highest bar of %2").arg(top).arg(highest)));
        }
    }

    void anEmptyChartCountsInWholeNumbers()
    {
        QVERIFY(m_view->setLanes({LaneSpec{}, LaneSpec{}}));
        const QList<QChartView *> charts = m_view->chart()->findChildren<QChartView *>();
        QCOMPARE(charts.size(), 2);
        for (QChartView *chart : charts)
            QTRY_COMPARE_WITH_TIMEOUT(axisTop(chart), 4.0, kWaitMs); // 0, 1, 2, 3, 4 (not 0 0 1 1 1)
    }

    void streamingFiguresNeverRelayOutTheRowOfPanes()
    {
        // Each lane's figures change every frame: if that asked the row of panes for a new layout
        // (as a QLabel does), eight lanes would lay the row out and repaint its scroll bars
        // every frame. Slower tokens, so that both lanes are still streaming when watched.
        SimOptions slower;
        slower.tokenDelayMs = 5;
        m_fixture->sim().setOptions(slower);
        m_view->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QVERIFY(m_view->start());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_view->pane(1)->isVisible() && !m_view->pane(1)->view()->toPlainText().isEmpty() &&
                m_view->pane(1)->figuresLine()->text().contains(QStringLiteral("streaming")),
            kWaitMs);
        QCOMPARE(m_view->run()->answer(1).state, MessageState::Streaming);
        // The panes' first layout: a layout request handled may post one for the widget above.
        for (int i = 0; i < 4; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        struct LayoutRequests : QObject {
            int count = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                count += event->type() == QEvent::LayoutRequest ? 1 : 0;
                return false;
            }
        } requests;
        QWidget *row = m_view->pane(0)->parentWidget();
        row->installEventFilter(&requests);
        const QString figuresBefore = m_view->pane(1)->figuresLine()->text();
        finish();
        QVERIFY(m_view->pane(1)->figuresLine()->text() != figuresBefore);
        QVERIFY(m_view->pane(1)->figuresLine()->text().contains(QStringLiteral("finish: ")));
        QCOMPARE(requests.count, 0);
        QCOMPARE(m_view->pane(1)->figuresLine()->toolTip(), m_view->pane(1)->figuresLine()->text());
    }

    void manyLanesLeaveTheAnswersTheirRoom()
    {
        // Eight lane editors scroll in the set-up area instead of pushing the answers down: from
        // two lanes, the area grows by one editor (it shows three) and no more.
        auto *answers = m_view->findChild<QWidget *>(QStringLiteral("lanesArea"));
        auto *editors = m_view->findChild<QScrollArea *>(QStringLiteral("laneEditors"));
        QVERIFY(answers && editors);
        const int answersHeight = answers->height();
        const int editorHeight = m_view->laneEditor(0)->sizeHint().height();
        QList<LaneSpec> lanes(8);
        QVERIFY(m_view->setLanes(lanes));
        QTest::qWait(50);
        QVERIFY2(answers->height() >= answersHeight - editorHeight - 5,
                 qPrintable(QStringLiteral("%1 -> %2 (editors of %3)")
                                .arg(answersHeight)
                                .arg(answers->height())
                                .arg(editorHeight)));
        QVERIFY2(editors->height() < 4 * editorHeight,
                 qPrintable(QStringLiteral("%1 for editors of %2").arg(editors->height()).arg(editorHeight)));
        QVERIFY(editors->verticalScrollBar()->maximum() > 0);
        // Removing lanes down to two: both shown without scrolling.
        QVERIFY(m_view->setLanes({LaneSpec{}, LaneSpec{}}));
        QTest::qWait(50);
        QCOMPARE(editors->verticalScrollBar()->maximum(), 0);
        // A lane added with the button is scrolled to.
        auto *add = m_view->findChild<QPushButton *>(QStringLiteral("addLane"));
        QVERIFY(add);
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(m_view->laneEditorCount(), 7);
        QTRY_VERIFY_WITH_TIMEOUT(editors->verticalScrollBar()->maximum() > 0, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(editors->verticalScrollBar()->value(),
                                  editors->verticalScrollBar()->maximum(), kWaitMs);
        QVERIFY(!m_view->laneEditor(6)->visibleRegion().isEmpty());
        QVERIFY(m_view->laneEditor(0)->visibleRegion().isEmpty()); // scrolled past
        QVERIFY2(editors->verticalScrollBar()->value() > 0,
                 qPrintable(QStringLiteral("height %1, scroll maximum %2")
                                .arg(editors->height())
                                .arg(editors->verticalScrollBar()->maximum())));
    }

    void theSetUpAreaFollowsTheLanes()
    {
        // Added with the button, a third lane is shown without scrolling (the area grows into the
        // answers' room), and removed, it gives that room back; once the user has sized the area
        // with the splitter, it keeps their height.
        auto *answers = m_view->findChild<QWidget *>(QStringLiteral("lanesArea"));
        auto *editors = m_view->findChild<QScrollArea *>(QStringLiteral("laneEditors"));
        auto *add = m_view->findChild<QPushButton *>(QStringLiteral("addLane"));
        auto *splitter = m_view->findChild<QSplitter *>();
        QVERIFY(answers && editors && add && splitter);
        QCOMPARE(m_view->laneEditorCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(editors->verticalScrollBar()->maximum(), 0, kWaitMs);
        const int answersHeight = answers->height();
        // The first split gives the answers most of the window (not the charts).
        QVERIFY2(answersHeight > m_view->height() / 3,
                 qPrintable(QStringLiteral("answers %1 of %2").arg(answersHeight).arg(m_view->height())));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(m_view->laneEditorCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(answers->height() < answersHeight, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(editors->verticalScrollBar()->maximum(), 0, kWaitMs);
        QVERIFY(!m_view->laneEditor(0)->visibleRegion().isEmpty());
        QCOMPARE(m_view->laneEditor(2)->visibleRegion().boundingRect().height(),
                 m_view->laneEditor(2)->height());
        // A fourth lane scrolls: the area shows three.
        const int threeLanes = answers->height();
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editors->verticalScrollBar()->maximum() > 0, kWaitMs);
        QTest::qWait(50);
        QCOMPARE(answers->height(), threeLanes);
        // Removed again, down to two: the answers have their height back.
        QTest::mouseClick(m_view->laneEditor(3)->removeButton(), Qt::LeftButton);
        QTest::mouseClick(m_view->laneEditor(2)->removeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->laneEditorCount(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(answers->height(), answersHeight, kWaitMs);
        // The user drags the splitter: adding a lane no longer changes the height they gave it.
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint middle = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, middle);
        QTest::mouseMove(handle, middle + QPoint(0, 30));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(0, 30));
        const int userHeight = answers->height();
        QVERIFY(userHeight != answersHeight);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(m_view->laneEditorCount(), 3);
        QTest::qWait(100);
        QCOMPARE(answers->height(), userHeight);
    }

    void invalidLaneCaughtBeforeSending()
    {
        m_view->laneEditor(1)->overridesEdit()->setText(QStringLiteral("top_p=2"));
        QVERIFY(m_view->laneEditor(1)->errorLabel()->isVisibleTo(m_view.get()));
        QCOMPARE(m_view->laneEditor(1)->errorLabel()->text(),
                 QStringLiteral("Top p must be in (0, 1], not 2."));
        m_view->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QVERIFY(!m_view->start());
        QCOMPARE(m_view->messageLabel()->text(), QStringLiteral("Lane 2: Top p must be in (0, 1], not 2."));
        QCOMPARE(m_fixture->sim().chatRequestCount(), 0);
        m_view->promptEdit()->clear();
        m_view->laneEditor(1)->overridesEdit()->clear();
        QVERIFY(!m_view->start());
        QCOMPARE(m_view->messageLabel()->text(), QStringLiteral("Write the prompt first."));
    }

    void sweepLanesAndRepeats()
    {
        LaneSpec base;
        base.params = {{QStringLiteral("max_completion_tokens"), 10}};
        const QList<LaneSpec> lanes =
            Sweep::repeat(Sweep::vary(base, QStringLiteral("temperature"), {0.0, 0.8}), 2);
        QVERIFY(m_view->setLanes(lanes));
        QCOMPARE(m_view->laneEditorCount(), 4);
        QCOMPARE(m_view->laneEditor(3)->overridesEdit()->text(),
                 QStringLiteral("max_completion_tokens=10, temperature=0.8"));
        QVERIFY(!m_view->setLanes(Sweep::repeat(lanes, 3))); // 12 > 8
        QCOMPARE(m_view->laneEditorCount(), 4);
        m_view->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QVERIFY(m_view->start());
        finish();
        QCOMPARE(m_view->run()->lane(1).repeat, 1);
        // Greedy twice: the same answer.
        QCOMPARE(m_view->run()->answer(0).content, m_view->run()->answer(1).content);
        QCOMPARE(m_view->pane(1)->differsLabel()->text(), QStringLiteral("Same settings as lane 1"));
    }

    void requestBecomesALaneAndLaneContinuesInChat()
    {
        QJsonObject body{
            {QStringLiteral("model"), QStringLiteral("sim-chat")},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QStringLiteral("First")}},
                        QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QStringLiteral("Reply")}},
                        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QStringLiteral("Second")}}}},
            {QStringLiteral("seed"), 77},
            {QStringLiteral("temperature"), 0.9},
            {QStringLiteral("max_completion_tokens"), 12},
            {QStringLiteral("stream"), true},
            {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}}};
        m_view->addLaneFromRequest(body);
        QCOMPARE(m_view->laneEditorCount(), 3);
        QCOMPARE(m_view->promptEdit()->toPlainText(), QStringLiteral("Second"));
        QVERIFY(m_view->historyBox()->isChecked());
        QVERIFY(m_view->historyBox()->text().contains(QStringLiteral("2 earlier")));
        LaneSpec lane;
        QString error;
        QVERIFY(m_view->laneEditor(2)->spec(&lane, &error));
        QCOMPARE(lane.params, (QJsonObject{{QStringLiteral("seed"), 77},
                                           {QStringLiteral("temperature"), 0.9},
                                           {QStringLiteral("max_completion_tokens"), 12}}));
        QVERIFY(m_view->start());
        finish();
        // The replayed lane sent the stored body again: same messages, same sampling fields.
        const QJsonObject sent = m_view->run()->answer(2).request;
        QCOMPARE(sent.value(QLatin1String("messages")), body.value(QLatin1String("messages")));
        QCOMPARE(sent.value(QLatin1String("seed")), QJsonValue(77));

        QSignalSpy continued(m_view.get(), &CompareView::continueInChat);
        for (QPushButton *button : m_view->pane(2)->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Continue in chat"))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        QCOMPARE(continued.count(), 1);
        const QList<Message> chat = continued.first().at(0).value<QList<Message>>();
        QCOMPARE(chat.size(), 4);
        QCOMPARE(chat.last().content, m_view->run()->answer(2).content);
        QCOMPARE(continued.first().at(1).toString(), QStringLiteral("sim-chat"));
        QCOMPARE(continued.first().at(2).toJsonObject().value(QLatin1String("seed")), QJsonValue(77));
    }

    // A recorded request whose question had an image: its content is a list of parts. The text
    // becomes the prompt (it was lost before) and the user is told the image stays behind.
    void requestWithAttachmentsKeepsItsText()
    {
        const QString digest(64, QLatin1Char('a'));
        const QJsonArray parts{
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("image_url")},
                {QStringLiteral("image_url"),
                 QJsonObject{
                     {QStringLiteral("url"),
                      QStringLiteral("data:image/png;base64,<attachment sha256=%1 bytes=42>").arg(digest)}}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QStringLiteral("What is it?")}}};
        const QJsonObject body{{QStringLiteral("model"), QStringLiteral("sim-chat")},
                               {QStringLiteral("messages"),
                                QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                       {QStringLiteral("content"), parts}}}}};
        m_view->addLaneFromRequest(body);
        QCOMPARE(m_view->laneEditorCount(), 3);
        QCOMPARE(m_view->promptEdit()->toPlainText(), QStringLiteral("What is it?"));
        QVERIFY2(m_view->messageLabel()->text().contains(QStringLiteral("attachments")),
                 qPrintable(m_view->messageLabel()->text()));
    }

    void conversationSoFarIsSent()
    {
        Message user;
        user.role = QStringLiteral("user");
        user.content = QStringLiteral("Earlier question");
        m_conversation->append(user);
        Message answer;
        answer.role = QStringLiteral("assistant");
        answer.content = QStringLiteral("Earlier answer");
        m_conversation->append(answer);
        QVERIFY(m_view->historyBox()->isEnabled());
        m_view->historyBox()->setChecked(true);
        m_view->promptEdit()->setPlainText(QStringLiteral("Follow-up"));
        QVERIFY(m_view->start());
        finish();
        const QJsonArray messages =
            m_fixture->sim().lastChatBody().value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")),
                 QJsonValue(QStringLiteral("Earlier question")));
    }

    void conversationAttachmentsLeftOutAreSaidSo()
    {
        // Lanes send the conversation's text; a file it had is not sent, and the user is told.
        Message user;
        user.role = QStringLiteral("user");
        user.content = QStringLiteral("What is in this picture?");
        Attachment picture;
        picture.name = QStringLiteral("chart.png");
        picture.url = QUrl(QStringLiteral("https://example.com/chart.png"));
        user.attachments = {picture};
        m_conversation->append(user);
        m_view->historyBox()->setChecked(true);
        m_view->promptEdit()->setPlainText(QStringLiteral("Follow-up"));
        QVERIFY(m_view->start());
        QVERIFY2(m_view->messageLabel()->text().contains(QStringLiteral("1 attachment(s) are not sent")),
                 qPrintable(m_view->messageLabel()->text()));
        finish();
        const QJsonArray messages =
            m_fixture->sim().lastChatBody().value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")),
                 QJsonValue(QStringLiteral("What is in this picture?")));
        // Without the conversation, nothing is left out: no such message.
        m_view->historyBox()->setChecked(false);
        QVERIFY(m_view->start());
        QVERIFY(!m_view->messageLabel()->text().contains(QStringLiteral("attachment")));
        finish();
    }

    void stopOneLaneAndExport()
    {
        m_view->laneEditor(0)->overridesEdit()->setText(
            QStringLiteral("max_completion_tokens=3000, ignore_eos=true"));
        m_view->laneEditor(1)->overridesEdit()->setText(QStringLiteral("max_completion_tokens=20"));
        m_view->promptEdit()->setPlainText(QStringLiteral("Hello"));
        QVERIFY(m_view->start());
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->run()->answer(0).content.isEmpty(), kWaitMs);
        QVERIFY(m_view->pane(0)->stopButton()->isEnabled());
        QTest::mouseClick(m_view->pane(0)->stopButton(), Qt::LeftButton);
        finish();
        QCOMPARE(m_view->run()->answer(0).state, MessageState::Stopped);
        QCOMPARE(m_view->run()->answer(1).state, MessageState::Complete);
        QVERIFY(m_view->pane(0)->figuresLine()->text().contains(QStringLiteral("stopped")));

        const QJsonObject json = m_view->exportJson();
        QCOMPARE(json.value(QLatin1String("prompt")), QJsonValue(QStringLiteral("Hello")));
        QCOMPARE(json.value(QLatin1String("lanes")).toArray().size(), 2);
        QCOMPARE(json.value(QLatin1String("lanes")).toArray().at(0).toObject().value(QLatin1String("state")),
                 QJsonValue(QStringLiteral("stopped")));
        const QString markdown = m_view->exportMarkdown();
        QVERIFY(markdown.startsWith(QStringLiteral("# Comparison")));
        QVERIFY(markdown.contains(QStringLiteral("| 2 | sim-chat · Creative · max_completion_tokens=20")));
        QVERIFY(markdown.contains(m_view->run()->answer(1).content));

        const QString path = m_dir.filePath(QStringLiteral("comparison.json"));
        m_view->saveExport(path, true);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_view->messageLabel()->text().startsWith(QStringLiteral("Saved the comparison")), kWaitMs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), json);
        m_view->saveExport(m_dir.filePath(QStringLiteral("missing/dir/x.md")), false);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->messageLabel()->text().startsWith(QStringLiteral("Could not save")),
                                 kWaitMs);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
