#include "compareview.h"

#include "api/vllmclient.h"
#include "chat/conversationmodel.h"
#include "compare/compareexport.h"
#include "compare/comparerun.h"
#include "compare/laneservers.h"
#include "compare/paramdiff.h"
#include "comparechart.h"
#include "comparepane.h"
#include "diffview.h"
#include "laneeditor.h"
#include "media/contentparts.h"
#include "media/replaymedia.h"
#include "sampling/requestdialog.h"
#include "settings/modelcatalog.h"
#include "settings/serverdirectory.h"
#include "sweepdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace {
// How long the chart may lag behind the lanes. A chart update is a relayout of two Qt Charts
// scenes and a repaint that costs a few milliseconds, so it never joins the lanes' first paint
// right after Run, and lanes finishing together make one update instead of one each.
constexpr int kChartRefreshMs = 250;
// The answers keep at least this height when the set-up area grows with the lanes.
constexpr int kMinAnswersHeight = 200;
constexpr int kFirstAnswersHeight = 600; // see the first split in the constructor

// The lane editors, scrolling past the first few: eight editors stacked at full height would take
// the room the answers need, and the splitter could give the answers no more than what is left.
class LaneEditorsArea final : public QScrollArea {
public:
    static constexpr int kLanesShown = 3;
    explicit LaneEditorsArea(QWidget *parent)
        : QScrollArea(parent)
    {
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    QSize sizeHint() const override { return heightFor(kLanesShown); }
    QSize minimumSizeHint() const override { return heightFor(kLanesShown - 1); }

private:
    // As wide as the editors need (with room for the scroll bar) and as high as `lanes` of them.
    QSize heightFor(int lanes) const
    {
        if (!widget() || !widget()->layout())
            return QScrollArea::sizeHint();
        const QLayout *layout = widget()->layout();
        const int count = layout->count();
        int height = 0;
        for (int i = 0; i < count && i < lanes; ++i)
            height += layout->itemAt(i)->sizeHint().height() + (i > 0 ? layout->spacing() : 0);
        const int width = widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width();
        return {width, std::max(height, 1)};
    }
};
} // namespace

CompareView::CompareView(VllmClient *client, ConversationModel *conversation, PresetStore *presets,
                         QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_conversation(conversation)
    , m_presets(presets)
    , m_run(new CompareRun(this))
{
    setObjectName(QStringLiteral("compareView"));
    auto *panes = new QWidget(this);
    m_panesLayout = new QHBoxLayout(panes);
    m_panesLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(panes);
    scroll->setWidgetResizable(true);
    scroll->setObjectName(QStringLiteral("lanesArea"));

    auto *bottom = new QTabWidget(this);
    m_chart = new CompareChart(bottom);
    m_diff = new DiffView(bottom);
    bottom->addTab(m_chart, tr("Speed and length"));
    bottom->addTab(m_diff, tr("Word diff"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    m_setup = buildSetup();
    splitter->addWidget(m_setup);
    splitter->addWidget(scroll);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    // The first split, in the proportions the window's height is then shared in (the stretch
    // factors share what is more or less). Left to itself, QSplitter started from what each part
    // asks for and gave the charts most of the window (the answers had 70 px of 900). A split the
    // user left last time is restored over this one (WindowLayout).
    splitter->setSizes({m_setup->sizeHint().height(), kFirstAnswersHeight, kFirstAnswersHeight / 3});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_paneMaker.setSingleShot(true);
    m_paneMaker.setInterval(0);
    connect(&m_paneMaker, &QTimer::timeout, this, &CompareView::prepareNextPane);
    m_paneShower.setSingleShot(true);
    m_paneShower.setInterval(0);
    connect(&m_paneShower, &QTimer::timeout, this, &CompareView::showNextPane);
    m_setupFitter.setSingleShot(true);
    m_setupFitter.setInterval(0);
    connect(&m_setupFitter, &QTimer::timeout, this, &CompareView::fitSetupToLanes);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_setupSizedByUser = true; });
    m_chartRefresh.setSingleShot(true);
    m_chartRefresh.setInterval(kChartRefreshMs);
    connect(&m_chartRefresh, &QTimer::timeout, this, &CompareView::refreshChart);

    connect(m_run, &CompareRun::laneChanged, this, &CompareView::onLaneChanged);
    connect(m_run, &CompareRun::laneFinished, this, &CompareView::onLaneFinished);
    connect(m_run, &CompareRun::finished, this, &CompareView::onRunFinished);
    if (m_client)
        connect(m_client, &VllmClient::serverChanged, this, &CompareView::reloadModels);
    if (m_conversation) {
        connect(m_conversation, &QAbstractItemModel::rowsInserted, this, &CompareView::updateHistoryBox);
        connect(m_conversation, &QAbstractItemModel::rowsRemoved, this, &CompareView::updateHistoryBox);
        connect(m_conversation, &QAbstractItemModel::modelReset, this, &CompareView::updateHistoryBox);
    }

    LaneSpec precise;
    precise.preset = QStringLiteral("Precise");
    LaneSpec creative;
    creative.preset = QStringLiteral("Creative");
    addLane(precise);
    addLane(creative);
    updateHistoryBox();
    reloadModels();
}

CompareView::~CompareView() = default;

void CompareView::setServerDirectory(ServerDirectory *directory)
{
    if (m_directory || !directory || !m_client)
        return; // set once, by the composition root
    m_directory = directory;
    m_catalog = new ModelCatalog(directory, m_client->network(), this);
    connect(m_catalog, &ModelCatalog::modelsChanged, this, &CompareView::onCatalogChanged);
    for (LaneEditor *editor : m_editors) {
        editor->setProfiles(directory->profiles());
        showModelsOf(editor);
    }
}

void CompareView::showModelsOf(LaneEditor *editor)
{
    const QString id = editor->profileId();
    if (id.isEmpty() || !m_catalog) {
        editor->setModels(m_models, m_defaultModel);
        editor->modelPicker()->setToolTip({});
        return;
    }
    m_catalog->request(id);
    const QStringList models = m_catalog->modelIds(id);
    const ServerProfile *profile = m_directory->profiles()->find(id);
    QString fallback = models.value(0);
    if (profile && !profile->defaultModel.isEmpty() &&
        (models.isEmpty() || models.contains(profile->defaultModel)))
        fallback = profile->defaultModel;
    editor->setModels(models, fallback);
    editor->modelPicker()->setToolTip(m_catalog->isLoading(id)
                                          ? tr("Loading the models of %1…").arg(profile ? profile->name : id)
                                          : m_catalog->problem(id));
}

void CompareView::onCatalogChanged(const QString &profileId)
{
    for (int i = 0; i < m_editors.size(); ++i) {
        LaneEditor *editor = m_editors.at(i);
        if (editor->profileId() != profileId)
            continue;
        showModelsOf(editor);
        if (const QString problem = m_catalog->problem(profileId); !problem.isEmpty()) {
            const ServerProfile *profile = m_directory->profiles()->find(profileId);
            showMessage(tr("Lane %1: the models of %2 could not be loaded: %3")
                            .arg(i + 1)
                            .arg(profile ? profile->name : profileId, problem),
                        true);
        }
    }
}

QWidget *CompareView::buildSetup()
{
    auto *setup = new QWidget(this);
    auto *layout = new QVBoxLayout(setup);
    layout->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QPlainTextEdit(setup);
    m_prompt->setObjectName(QStringLiteral("comparePrompt"));
    m_prompt->setAccessibleName(tr("Prompt to compare"));
    m_prompt->setPlaceholderText(tr("The prompt every lane answers (Ctrl+Enter runs)"));
    m_prompt->setFixedHeight(70);
    m_prompt->setTabChangesFocus(true);
    m_history = new QCheckBox(setup);
    m_runButton = new QPushButton(tr("Run"), setup);
    m_runButton->setObjectName(QStringLiteral("compareRun"));
    m_runButton->setToolTip(tr("Send the prompt to every lane at once (Ctrl+Enter)"));
    m_stopButton = new QPushButton(tr("Stop all"), setup);
    m_stopButton->setEnabled(false);
    m_exportButton = new QPushButton(tr("Export"), setup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Copy as Markdown"), this, [this] {
        QApplication::clipboard()->setText(exportMarkdown());
        showMessage(tr("Copied the comparison as Markdown."));
    });
    exportMenu->addAction(tr("Copy as JSON"), this, [this] {
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(exportJson()).toJson(QJsonDocument::Indented)));
        showMessage(tr("Copied the comparison as JSON."));
    });
    exportMenu->addAction(tr("Save as Markdown…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the comparison"), QDir::home().filePath(QStringLiteral("comparison.md")),
            tr("Markdown (*.md)"));
        if (!path.isEmpty())
            saveExport(path, false);
    });
    exportMenu->addAction(tr("Save as JSON…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the comparison"), QDir::home().filePath(QStringLiteral("comparison.json")),
            tr("JSON (*.json)"));
        if (!path.isEmpty())
            saveExport(path, true);
    });
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setEnabled(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_history, 1);
    actions->addWidget(m_runButton);
    actions->addWidget(m_stopButton);
    actions->addWidget(m_exportButton);

    m_editorsArea = new LaneEditorsArea(setup);
    m_editorsArea->setObjectName(QStringLiteral("laneEditors"));
    auto *editors = new QWidget(m_editorsArea);
    m_editorsLayout = new QVBoxLayout(editors);
    m_editorsLayout->setContentsMargins(0, 0, 0, 0);
    m_editorsLayout->setSpacing(2);
    m_editorsArea->setWidget(editors);
    editors->installEventFilter(this); // see eventFilter: the set-up area follows the lanes
    auto *addButton = new QPushButton(tr("Add lane"), setup);
    addButton->setObjectName(QStringLiteral("addLane"));
    auto *sweepButton = new QPushButton(tr("Sweep…"), setup);
    sweepButton->setToolTip(
        tr("Make lanes from lane 1 by varying one parameter, over seeds, or by repeating"));
    auto *laneButtons = new QHBoxLayout;
    laneButtons->addWidget(addButton);
    laneButtons->addWidget(sweepButton);
    laneButtons->addStretch(1);
    m_message = new QLabel(setup);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("compareMessage"));

    layout->addWidget(m_prompt);
    layout->addLayout(actions);
    layout->addWidget(m_editorsArea);
    layout->addLayout(laneButtons);
    layout->addWidget(m_message);

    connect(m_runButton, &QPushButton::clicked, this, &CompareView::start);
    connect(m_stopButton, &QPushButton::clicked, m_run, &CompareRun::stopAll);
    connect(addButton, &QPushButton::clicked, this, [this] {
        m_scrollToNewLane = true;
        addLane();
    });
    // A lane added with the button is the last: it is scrolled to once the editors' layout has
    // made room for it (which changes the scroll range; when it fits, nothing needs to scroll).
    connect(m_editorsArea->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (std::exchange(m_scrollToNewLane, false))
            m_editorsArea->verticalScrollBar()->setValue(maximum);
    });
    connect(sweepButton, &QPushButton::clicked, this, &CompareView::openSweep);
    // An action (listed in Help ▸ Keyboard Shortcuts) that answers while the focus is on this
    // page: the chat's Send has the same key for the chat page.
    auto *runAction = new QAction(tr("Run the comparison"), this);
    runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(runAction);
    connect(runAction, &QAction::triggered, this, &CompareView::start);
    return setup;
}

void CompareView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void CompareView::updateHistoryBox()
{
    if (!m_pinnedHistory.isEmpty()) {
        m_history->setText(
            tr("After the request's %n earlier message(s)", nullptr, int(m_pinnedHistory.size())));
        m_history->setEnabled(true);
        return;
    }
    const int count = m_conversation ? m_conversation->rowCount() : 0;
    m_history->setText(count > 0 ? tr("After the chat's conversation so far (%n message(s))", nullptr, count)
                                 : tr("After the chat's conversation so far (it is empty)"));
    m_history->setEnabled(count > 0);
}

void CompareView::reloadModels()
{
    if (!m_client)
        return;
    m_client->fetchModels(this, [this](const ModelList &models, const ApiError &error) {
        if (error.isError())
            return;
        m_models.clear();
        for (const ModelInfo &m : models)
            m_models << m.id;
        if (m_defaultModel.isEmpty() && !m_models.isEmpty())
            m_defaultModel = m_models.first();
        for (LaneEditor *editor : m_editors) {
            if (editor->profileId().isEmpty())
                editor->setModels(m_models, m_defaultModel);
        }
    });
}

void CompareView::setDefaultModel(const QString &model)
{
    m_defaultModel = model;
    for (LaneEditor *editor : m_editors) {
        if (editor->profileId().isEmpty() && editor->modelPicker()->currentText().isEmpty())
            editor->modelPicker()->setCurrentText(model);
    }
}

void CompareView::addLane(const LaneSpec &lane)
{
    if (m_editors.size() >= CompareRun::kMaxLanes) {
        showMessage(tr("At most %1 lanes run side by side.").arg(CompareRun::kMaxLanes), true);
        return;
    }
    auto *editor = new LaneEditor(m_presets, this);
    if (m_directory)
        editor->setProfiles(m_directory->profiles());
    editor->setSpec(lane);
    if (editor->profileId().isEmpty())
        editor->setModels(m_models, lane.model.isEmpty() ? m_defaultModel : lane.model);
    else
        showModelsOf(editor);
    connect(editor, &LaneEditor::profileChanged, this, &CompareView::showModelsOf);
    m_editorsLayout->addWidget(editor);
    m_editors.append(editor);
    connect(editor, &LaneEditor::removeRequested, this, [this](LaneEditor *which) {
        if (m_editors.size() <= 1)
            return;
        m_scrollToNewLane = false;
        m_editors.removeOne(which);
        which->deleteLater();
        renumber();
    });
    renumber();
    preparePanesLater();
}

void CompareView::renumber()
{
    m_editorsArea->updateGeometry(); // its size follows how many lanes there are
    for (int i = 0; i < m_editors.size(); ++i) {
        m_editors.at(i)->setNumber(i + 1);
        m_editors.at(i)->removeButton()->setEnabled(m_editors.size() > 1);
    }
}

void CompareView::fitSetupToLanes()
{
    // The splitter gives the set-up area its height once, when the view is first laid out; after
    // that, a lane added would only make the editors scroll. So the editors' area follows the
    // lanes (up to as many editors as it shows before scrolling, see LaneEditorsArea), taking its
    // room from the answers, and gives that room back as lanes go, until the user sizes it with
    // the splitter.
    if (m_setupSizedByUser || !isVisible())
        return;
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() < 2)
        return;
    int change = m_editorsArea->sizeHint().height() - m_editorsArea->height();
    if (change > 0) {
        const int answersKeep =
            std::max(m_splitter->widget(1)->minimumSizeHint().height(), kMinAnswersHeight);
        change = std::min(change, std::max(0, sizes.at(1) - answersKeep));
    } else {
        change = std::max(change, -m_setupGrowth);
    }
    if (change == 0)
        return;
    m_setupGrowth += change;
    sizes[0] += change;
    sizes[1] -= change;
    m_splitter->setSizes(sizes);
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    // The editors' layout has followed a lane added or removed (their sizes are known only then).
    if (watched == m_editorsArea->widget() && event->type() == QEvent::LayoutRequest)
        m_setupFitter.start();
    return QWidget::eventFilter(watched, event);
}

bool CompareView::setLanes(const QList<LaneSpec> &lanes)
{
    if (lanes.isEmpty() || lanes.size() > CompareRun::kMaxLanes) {
        showMessage(tr("A comparison has 1 to %1 lanes.").arg(CompareRun::kMaxLanes), true);
        return false;
    }
    m_scrollToNewLane = false;
    qDeleteAll(m_editors);
    m_editors.clear();
    for (const LaneSpec &lane : lanes)
        addLane(lane);
    return true;
}

void CompareView::openSweep()
{
    LaneSpec base;
    QString error;
    if (m_editors.isEmpty() || !m_editors.first()->spec(&base, &error)) {
        showMessage(tr("Lane 1 is the sweep's starting point; fix it first: %1").arg(error), true);
        return;
    }
    SweepDialog dialog(base, CompareRun::kMaxLanes, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<LaneSpec> lanes = dialog.lanes(&error);
    if (!lanes.isEmpty() && setLanes(lanes))
        showMessage(tr("Made %n lane(s).", nullptr, int(lanes.size())));
}

void CompareView::addLaneFromRequest(const QJsonObject &body)
{
    const ChatRequest request = ChatRequest::fromJson(body);
    LaneSpec lane;
    lane.model = request.model;
    lane.params = request.params;
    lane.params.remove(QStringLiteral("stream_options"));
    // The prompt is the request's last user message; what came before it is its history.
    QList<ChatMessage> history;
    QString prompt;
    const QJsonArray messages = request.rawMessages;
    qsizetype last = -1;
    for (qsizetype i = messages.size() - 1; i >= 0 && last < 0; --i) {
        if (messages.at(i).toObject().value(QLatin1String("role")).toString() == QLatin1String("user"))
            last = i;
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages.at(i).toObject();
        const QString content = ContentParts::textOf(m.value(QLatin1String("content")));
        if (i == last) {
            prompt = content;
            break;
        }
        history.append(ChatMessage{m.value(QLatin1String("role")).toString(),
                                   content,
                                   m.value(QLatin1String("reasoning")).toString(),
                                   {},
                                   {}});
    }
    m_pinnedHistory = history;
    if (!prompt.isEmpty())
        m_prompt->setPlainText(prompt);
    m_history->setChecked(!history.isEmpty());
    updateHistoryBox();
    if (m_editors.size() >= CompareRun::kMaxLanes) {
        showMessage(tr("At most %1 lanes: remove one to add this request.").arg(CompareRun::kMaxLanes), true);
        return;
    }
    addLane(lane);
    // Compare sends text: a lane never carries files (each lane would stream them once more).
    if (!ReplayMedia::recordedFiles(messages).isEmpty())
        showMessage(tr("Added the request's text as lane %1; its attachments are not sent from Compare.")
                        .arg(m_editors.size()),
                    true);
    else
        showMessage(tr("Added the request as lane %1.").arg(m_editors.size()));
}

bool CompareView::start()
{
    if (m_run->isRunning() || m_preparing) {
        showMessage(tr("A comparison is running: stop it first."), true);
        return false;
    }
    const QString prompt = m_prompt->toPlainText();
    if (prompt.trimmed().isEmpty()) {
        showMessage(tr("Write the prompt first."), true);
        m_prompt->setFocus();
        return false;
    }
    QList<LaneSpec> lanes;
    for (int i = 0; i < m_editors.size(); ++i) {
        LaneSpec lane;
        QString error;
        if (!m_editors.at(i)->spec(&lane, &error)) {
            showMessage(tr("Lane %1: %2").arg(i + 1).arg(error), true);
            m_editors.at(i)->overridesEdit()->setFocus();
            return false;
        }
        lanes.append(lane);
    }
    QList<ChatMessage> history;
    int filesLeftOut = 0;
    if (m_history->isChecked() && m_history->isEnabled()) {
        if (!m_pinnedHistory.isEmpty()) {
            history = m_pinnedHistory;
        } else if (m_conversation) {
            for (const Message &m : m_conversation->messages()) {
                if (m.role == QLatin1String("assistant") && m.content.isEmpty() && m.toolCalls.isEmpty())
                    continue;
                // Compare sends text: each of eight lanes would stream every file once more.
                filesLeftOut += int(m.attachments.size());
                history.append(ChatMessage{m.role, m.content, m.reasoning, m.toolCalls, {}});
            }
        }
    }
    m_filesLeftOut = filesLeftOut;
    if (!m_directory) {
        return launch(prompt, lanes, history);
    }
    // Each lane's profile, the window's where it names none, resolved with its key (the keychain
    // answers asynchronously): then all lanes start together.
    for (LaneSpec &lane : lanes) {
        if (lane.profileId.isEmpty())
            lane.profileId = m_directory->activeProfileId();
    }
    m_preparing = true;
    m_runButton->setEnabled(false);
    showMessage(tr("Getting the lanes' servers ready…"));
    const quint64 generation = ++m_prepareGeneration;
    LaneServers::resolve(m_directory, lanes, this,
                         [this, generation, prompt, history](const QList<LaneSpec> &resolved) {
                             if (generation != m_prepareGeneration)
                                 return;
                             m_preparing = false;
                             launch(prompt, resolved, history);
                         });
    return true;
}

bool CompareView::launch(const QString &prompt, const QList<LaneSpec> &lanes,
                         const QList<ChatMessage> &history)
{
    if (m_client)
        m_run->setDefaultServer(m_client->server());
    m_run->setDefaultModel(m_defaultModel);
    m_run->setHistory(history);
    if (!m_run->start(prompt, lanes)) {
        m_runButton->setEnabled(true);
        showMessage(tr("Could not start the comparison."), true);
        return false;
    }
    buildPanes();
    m_runButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    m_exportButton->setEnabled(true);
    if (m_filesLeftOut > 0)
        showMessage(tr("Running %n lane(s) with the conversation's text; its %1 attachment(s) are not sent "
                       "from Compare.",
                       nullptr, m_run->laneCount())
                        .arg(m_filesLeftOut),
                    true);
    else
        showMessage(tr("Running %n lane(s)…", nullptr, m_run->laneCount()));
    for (int i = 0; i < m_run->laneCount(); ++i)
        onLaneChanged(i);
    m_diff->setRun(m_run);
    refreshChartLater();
    return true;
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    preparePanesLater();
}

ComparePane *CompareView::makePane()
{
    auto *pane = new ComparePane(int(m_panes.size()), this);
    connect(pane, &ComparePane::stopRequested, m_run, &CompareRun::stop);
    connect(pane, &ComparePane::continueRequested, this, &CompareView::continueFrom);
    connect(pane, &ComparePane::requestRequested, this, &CompareView::openLaneRequest);
    // Hidden until a run uses it: a hidden widget is not polished, laid out or painted.
    pane->hide();
    m_panesLayout->addWidget(pane, 1);
    m_panes.append(pane);
    return pane;
}

void CompareView::preparePanesLater()
{
    // Also with every pane made: the chart is prepared for the lanes on the maker's last turn.
    if (isVisible() && !m_paneMaker.isActive())
        m_paneMaker.start();
}

void CompareView::prepareNextPane()
{
    // Made ahead while the user sets the lanes up, one per turn of the event loop: Run then only
    // shows them, so making eight panes (each a text browser with its document and style) never
    // lands in the same moment as their first layout and paint.
    if (m_panes.size() >= m_editors.size()) {
        // The panes are ready: so is the chart, for as many lanes, until a run has shown figures.
        if (m_run->laneCount() == 0)
            m_chart->showEmpty(int(m_editors.size()));
        return;
    }
    makePane();
    preparePanesLater();
}

void CompareView::buildPanes()
{
    // Panes are kept from run to run (with their views and layouts) and made ahead of time
    // (prepareNextPane): Run makes only those still missing.
    const int lanes = m_run->laneCount();
    while (m_panes.size() < lanes)
        makePane();
    for (int i = 0; i < int(m_panes.size()); ++i) {
        ComparePane *pane = m_panes.at(i);
        // The run's panes keep their place in the row while still hidden: the row is laid out
        // once, for all of them, and each pane shown later takes its place without moving or
        // resizing the others. Otherwise every pane shown narrowed those before it, and each
        // turn repainted all of them (up to 10 ms for the eighth).
        QSizePolicy policy = pane->sizePolicy();
        policy.setRetainSizeWhenHidden(i < lanes);
        pane->setSizePolicy(policy);
        if (i >= lanes) {
            pane->hide();
            pane->setModel(nullptr);
            continue;
        }
        pane->setTitle(m_run->lane(i).label().isEmpty() ? m_run->modelOf(i) : m_run->lane(i).label(),
                       ParamDiff::between(m_run->lane(0), m_run->lane(i), m_run->defaultModel()));
    }
    m_panesInUse = lanes;
    m_panesLayout->activate(); // the row laid out now: the first pane shown is already in its place
    // Given its lane and shown from the next turn of the event loop on, one pane a turn: a view
    // given a model builds its document anew, and showing polishes a pane and lays out its view
    // (the first view to show pays for the fonts its document uses: some 10 ms). So the click that
    // sent the requests returns sooner, and eight panes never build or show in one moment; what
    // a lane streams meanwhile is in its model and shown with it.
    m_paneShower.start();
}

void CompareView::showNextPane()
{
    for (int i = 0; i < m_panesInUse && i < int(m_panes.size()); ++i) {
        ComparePane *pane = m_panes.at(i);
        ConversationModel *model = m_run->laneModel(i);
        if (pane->model() == model && !pane->isHidden())
            continue;
        if (pane->model() != model)
            pane->setModel(model);
        pane->show();
        m_paneShower.start(); // the next one on the next turn
        return;
    }
}

void CompareView::refreshChartLater()
{
    if (!m_chartRefresh.isActive())
        m_chartRefresh.start();
}

void CompareView::refreshChart()
{
    m_chartRefresh.stop();
    m_chart->showRun(*m_run);
}

void CompareView::onLaneChanged(int lane)
{
    if (lane < m_panesInUse)
        m_panes.at(lane)->updateStatus(m_run->answer(lane),
                                       m_run->answer(lane).state == MessageState::Streaming);
}

void CompareView::onLaneFinished(int lane)
{
    onLaneChanged(lane);
    refreshChartLater();
}

void CompareView::onRunFinished()
{
    m_runButton->setEnabled(true);
    m_stopButton->setEnabled(false);
    int failed = 0;
    for (int i = 0; i < m_run->laneCount(); ++i)
        failed += m_run->answer(i).state == MessageState::Failed ? 1 : 0;
    showMessage(failed == 0 ? tr("Done.")
                            : tr("Done; %n lane(s) failed (the reason is on the lane).", nullptr, failed),
                failed > 0);
    refreshChart(); // the final figures at once
    m_diff->setRun(m_run);
}

void CompareView::openLaneRequest(int lane)
{
    const ServerConfig &server = m_run->serverOf(lane);
    auto *dialog = new RequestDialog(m_run->answer(lane).request, server.endpoint(u"chat/completions"),
                                     !server.apiKey.isEmpty(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAnswerFacts(m_run->modelOf(lane), m_run->answer(lane).serverVersion);
    // A lane's answer is not in the chat: it goes on there with "Continue in chat" instead.
    dialog->replayButton()->hide();
    connect(dialog, &RequestDialog::compareRequested, this, &CompareView::addLaneFromRequest);
    connect(dialog, &RequestDialog::copied, this, [this](const QString &text) { showMessage(text); });
    dialog->show();
}

void CompareView::continueFrom(int lane)
{
    emit continueInChat(m_run->conversationFrom(lane), m_run->modelOf(lane), m_run->lane(lane).params,
                        m_run->lane(lane).profileId);
}

QString CompareView::exportMarkdown() const
{
    return CompareExport::toMarkdown(*m_run);
}

QJsonObject CompareView::exportJson() const
{
    return CompareExport::toJson(*m_run);
}

void CompareView::saveExport(const QString &path, bool json)
{
    const QByteArray bytes =
        json ? QJsonDocument(exportJson()).toJson(QJsonDocument::Indented) : exportMarkdown().toUtf8();
    QPointer<CompareView> self(this);
    QThreadPool::globalInstance()->start([self, path, bytes] {
        QSaveFile file(path);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        const QString error = ok ? QString() : file.errorString();
        QMetaObject::invokeMethod(
            qApp,
            [self, path, ok, error] {
                if (!self)
                    return;
                self->showMessage(ok ? tr("Saved the comparison to %1.").arg(path)
                                     : tr("Could not save the comparison to %1: %2").arg(path, error),
                                  !ok);
            },
            Qt::QueuedConnection);
    });
}
