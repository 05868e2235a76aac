#include "embeddingspanel.h"

#include "api/vllmclient.h"
#include "embeddings/embeddingerrors.h"
#include "embeddings/embeddingjob.h"
#include "embeddings/embeddingsetfile.h"
#include "embeddings/embeddingsetmodel.h"
#include "embeddings/rerankjob.h"
#include "embeddings/similarity.h"
#include "embeddings/textimport.h"
#include "embeddings/vectorexport.h"
#include "heatmapview.h"
#include "importdialog.h"
#include "pcamapview.h"
#include "rankingview.h"
#include "serverpicker.h"
#include "settings/serverdirectory.h"
#include "statustext.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <functional>
#include <memory>

namespace {

const QString kGroup = QStringLiteral("embeddings/");
constexpr int kAnalysisDelayMs = 150; // coalesces the results of a run of batches
const QString kProbeText = QStringLiteral("Loquat");

QString setFilter()
{
    return QCoreApplication::translate("EmbeddingsPanel",
                                       "Loquat embeddings sets (*.loquat-embeddings.json *.json)");
}

// Reads a whole file on a worker thread, refusing huge ones.
QByteArray readFile(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("EmbeddingsPanel", "Could not open %1: %2")
                    .arg(QFileInfo(path).fileName(), file.errorString());
        return {};
    }
    if (file.size() > EmbeddingsPanel::kMaxFileBytes) {
        error =
            QCoreApplication::translate("EmbeddingsPanel", "%1 is too large (%2 MB; at most %3 MB are read).")
                .arg(QFileInfo(path).fileName())
                .arg(file.size() / (1024 * 1024))
                .arg(EmbeddingsPanel::kMaxFileBytes / (1024 * 1024));
        return {};
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        error = QCoreApplication::translate("EmbeddingsPanel", "Could not read %1: %2")
                    .arg(QFileInfo(path).fileName(), file.errorString());
    return bytes;
}

// Writes atomically on a worker thread: the old file stays whole until the new one is complete.
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("EmbeddingsPanel", "Could not write %1: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("EmbeddingsPanel", "Could not write %1: %2 (nothing was changed)")
            .arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

struct EmbeddingsPanel::FileRead {
    TextImport::Format format = TextImport::Format::Text;
    QList<TextImport::Entry> entries;
    TextImport::Table table;
    EmbeddingSetFile::Contents set;
    QString error;
};

EmbeddingsPanel::EmbeddingsPanel(QNetworkAccessManager *network, const ServerConfig &server, QWidget *parent)
    : QWidget(parent)
    , m_client(new VllmClient(network, this))
    , m_rerankClient(new VllmClient(network, this))
    , m_model(new EmbeddingSetModel(this))
    , m_server(nullptr)
    , m_message(new QLabel(this))
    , m_useSetProfile(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_batch(new QSpinBox(this))
    , m_dimensions(new QSpinBox(this))
    , m_truncate(new QCheckBox(tr("&Truncate long texts to"), this))
    , m_truncateTokens(new QSpinBox(this))
    , m_encoding(new QComboBox(this))
    , m_compute(new QPushButton(tr("&Compute"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_usage(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_order(new QComboBox(this))
    , m_hover(new QLabel(this))
    , m_heatmap(new HeatmapView(this))
    , m_pca(new PcaMapView(this))
    , m_ranking(nullptr)
    , m_exportButton(new QToolButton(this))
{
    m_client->setServer(server);
    m_rerankClient->setServer(server);
    m_server = new ServerPicker(m_client, tr("&Server:"), this);
    m_ranking = new RankingView(m_rerankClient, this);
    buildLayout();
    restoreSettings();

    m_analysisTimer.setSingleShot(true);
    connect(&m_analysisTimer, &QTimer::timeout, this, &EmbeddingsPanel::startAnalysis);
    connect(&m_analysis, &QFutureWatcher<EmbeddingAnalysis::Result>::finished, this,
            &EmbeddingsPanel::applyAnalysis);
    connect(m_model, &EmbeddingSetModel::vectorsChanged, this, &EmbeddingsPanel::scheduleAnalysis);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EmbeddingsPanel::updateComputeButton);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EmbeddingsPanel::updateComputeButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EmbeddingsPanel::updateComputeButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EmbeddingsPanel::updateComputeButton);
    connect(m_server, &ServerPicker::modelChanged, this, [this](const QString &) {
        saveSettings();
        probeModel();
        updateComputeButton();
    });
    connect(m_ranking, &RankingView::rankRequested, this, &EmbeddingsPanel::rank);
    connect(m_heatmap, &HeatmapView::cellHovered, this, [this](int row, int column) {
        m_hover->setText(row < 0 ? tr("Point at a cell to read its value; click it to sort by that text.")
                                 : m_heatmap->describeCell(row, column));
    });
    connect(m_heatmap, &HeatmapView::cellClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_lastAnalysis.rows.size())
            setOrder(EmbeddingAnalysis::Order::SimilarToAnchor, m_lastAnalysis.rows[row]);
    });
    connect(m_order, &QComboBox::activated, this, [this] {
        int anchor = m_anchorRow;
        if (m_order->currentIndex() == 2 && m_table->currentIndex().isValid())
            anchor = m_table->currentIndex().row();
        setOrder(EmbeddingAnalysis::Order(m_order->currentIndex()), anchor);
    });
    for (QSpinBox *box : {m_batch, m_dimensions, m_truncateTokens})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            saveSettings();
            updateComputeButton();
        });
    connect(m_truncate, &QCheckBox::toggled, this, [this](bool on) {
        m_truncateTokens->setEnabled(on);
        saveSettings();
        updateComputeButton();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { saveSettings(); });
    connect(m_compute, &QPushButton::clicked, this, &EmbeddingsPanel::compute);
    connect(m_cancel, &QPushButton::clicked, this, &EmbeddingsPanel::cancel);
    updateComputeButton();
}

EmbeddingsPanel::~EmbeddingsPanel()
{
    // A worker still computing holds copies of its input; let it finish rather than race it.
    m_analysis.waitForFinished();
}

void EmbeddingsPanel::buildLayout()
{
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_message->setAccessibleName(tr("Embeddings status"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(EmbeddingSetModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EmbeddingSetModel::LabelColumn,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(EmbeddingSetModel::LabelColumn, 110);
    m_table->setAccessibleName(tr("Texts"));

    // The list's tools.
    const auto tool = [this](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        return button;
    };
    auto *add = tool(tr("&Add…"), tr("Type or paste texts, one per line"), [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Add texts"));
        auto *edit = new QPlainTextEdit(&dialog);
        edit->setPlaceholderText(tr("One text per line. Blank lines are skipped."));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(edit);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        dialog.resize(560, 360);
        if (dialog.exec() == QDialog::Accepted)
            addLines(edit->toPlainText());
    });
    auto *paste = tool(tr("&Paste"), tr("Add the clipboard's text, one text per line (Ctrl+Shift+V)"),
                       [this] { addLines(QApplication::clipboard()->text()); });
    auto *import = tool(
        tr("&Import…"), tr("Texts from a .txt (one per line), .csv (a column) or .jsonl (a field)"), [this] {
            const QString path =
                QFileDialog::getOpenFileName(this, tr("Import texts"), QString(),
                                             tr("Texts (*.txt *.csv *.tsv *.jsonl *.ndjson);;All files (*)"));
            if (!path.isEmpty())
                importFile(path);
        });
    auto *remove = tool(tr("Remove"), tr("Remove the selected texts (Delete)"), [this] { removeSelected(); });
    auto *up = tool(tr("Up"), tr("Move the selected texts up (Alt+Up)"), [this] { moveSelected(-1); });
    auto *down = tool(tr("Down"), tr("Move the selected texts down (Alt+Down)"), [this] { moveSelected(1); });
    auto *clear = tool(tr("Clear"), tr("Remove every text"), [this] {
        cancel();
        m_model->clear();
    });
    auto *open = tool(tr("&Open…"), tr("Open a saved set of texts and vectors"), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a set"), QString(), setFilter());
        if (!path.isEmpty())
            openSet(path);
    });
    auto *save = tool(tr("&Save…"), tr("Save the texts, labels and vectors to reopen later"), [this] {
        QString path = QFileDialog::getSaveFileName(
            this, tr("Save the set"), QStringLiteral("set.loquat-embeddings.json"), setFilter());
        if (!path.isEmpty())
            saveSet(path);
    });
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setAutoRaise(true);
    auto *exportMenu = new QMenu(m_exportButton);
    const auto addExport = [this, exportMenu](const QString &text, Export what, const QString &name,
                                              const QString &filter) {
        exportMenu->addAction(text, this, [this, what, name, filter] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name, filter);
            if (!path.isEmpty())
                exportTo(what, path);
        });
    };
    addExport(tr("Vectors as CSV…"), Export::VectorsCsv, QStringLiteral("vectors.csv"), tr("CSV (*.csv)"));
    addExport(tr("Vectors as JSON…"), Export::VectorsJson, QStringLiteral("vectors.json"),
              tr("JSON (*.json)"));
    addExport(tr("Vectors as NumPy .npy…"), Export::VectorsNpy, QStringLiteral("vectors.npy"),
              tr("NumPy (*.npy)"));
    addExport(tr("Similarity matrix as CSV…"), Export::SimilarityCsv, QStringLiteral("similarity.csv"),
              tr("CSV (*.csv)"));
    m_exportButton->setMenu(exportMenu);

    auto *listTools = new QHBoxLayout;
    for (QToolButton *b : {add, paste, import, remove, up, down, clear})
        listTools->addWidget(b);
    listTools->addStretch(1);
    for (QToolButton *b : {open, save, m_exportButton})
        listTools->addWidget(b);

    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    removeShortcut->setWhatsThis(tr("Remove the selected texts (in the list)"));
    connect(removeShortcut, &QShortcut::activated, this, &EmbeddingsPanel::removeSelected);
    auto *pasteShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+V")), this);
    pasteShortcut->setWhatsThis(tr("Add the clipboard's lines as texts (Embeddings page)"));
    connect(pasteShortcut, &QShortcut::activated, this,
            [this] { addLines(QApplication::clipboard()->text()); });
    auto *upShortcut =
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    upShortcut->setWhatsThis(tr("Move the selected texts up (in the list)"));
    connect(upShortcut, &QShortcut::activated, this, [this] { moveSelected(-1); });
    auto *downShortcut =
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    downShortcut->setWhatsThis(tr("Move the selected texts down (in the list)"));
    connect(downShortcut, &QShortcut::activated, this, [this] { moveSelected(1); });

    // The computation's settings.
    m_batch->setRange(1, 4096);
    m_batch->setValue(EmbeddingJob::kDefaultBatchSize);
    m_batch->setToolTip(tr("Texts per request"));
    m_batch->setAccessibleName(tr("Batch size"));
    m_dimensions->setRange(0, 65536);
    m_dimensions->setSpecialValueText(tr("model's own"));
    m_dimensions->setToolTip(tr("`dimensions`: fewer dimensions from a Matryoshka model (nomic-embed, "
                                "Qwen3-Embedding, ...); other models refuse it"));
    m_dimensions->setAccessibleName(tr("Dimensions"));
    m_truncateTokens->setRange(0, 1 << 20);
    m_truncateTokens->setSpecialValueText(tr("the model's limit"));
    m_truncateTokens->setSuffix(tr(" tokens"));
    m_truncateTokens->setEnabled(false);
    m_truncateTokens->setAccessibleName(tr("Truncate to tokens"));
    m_truncate->setToolTip(tr("`truncate_prompt_tokens`: cut texts that are too long instead of having the "
                              "server refuse them"));
    m_encoding->addItem(tr("base64 (float32)"), int(EmbeddingRequest::Encoding::Base64));
    m_encoding->addItem(tr("JSON numbers"), int(EmbeddingRequest::Encoding::Float));
    m_encoding->setToolTip(tr("How vectors travel: base64 is exact and about five times smaller"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m"));
    m_usage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_usage->setAccessibleName(tr("Token usage"));

    auto *settingsRow = new QHBoxLayout;
    auto *batchLabel = new QLabel(tr("&Batch:"), this);
    batchLabel->setBuddy(m_batch);
    auto *dimensionsLabel = new QLabel(tr("&Dimensions:"), this);
    dimensionsLabel->setBuddy(m_dimensions);
    auto *encodingLabel = new QLabel(tr("E&ncoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    settingsRow->addWidget(batchLabel);
    settingsRow->addWidget(m_batch);
    settingsRow->addWidget(dimensionsLabel);
    settingsRow->addWidget(m_dimensions);
    settingsRow->addWidget(m_truncate);
    settingsRow->addWidget(m_truncateTokens);
    settingsRow->addWidget(encodingLabel);
    settingsRow->addWidget(m_encoding);
    settingsRow->addStretch(1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_compute);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_usage);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(listTools);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(settingsRow);
    leftLayout->addLayout(runRow);

    // The views.
    auto *mapPage = new QWidget(this);
    auto *mapLayout = new QVBoxLayout(mapPage);
    auto *orderRow = new QHBoxLayout;
    auto *orderLabel = new QLabel(tr("&Rows:"), mapPage);
    orderLabel->setBuddy(m_order);
    m_order->addItem(tr("In list order"));
    m_order->addItem(tr("Clustered (average linkage)"));
    m_order->addItem(tr("By similarity to the selected text"));
    m_order->setAccessibleName(tr("Row order"));
    auto *exportMatrix = new QToolButton(mapPage);
    exportMatrix->setText(tr("Export as CSV…"));
    exportMatrix->setAutoRaise(true);
    connect(exportMatrix, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export"), QStringLiteral("similarity.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(Export::SimilarityCsv, path);
    });
    orderRow->addWidget(orderLabel);
    orderRow->addWidget(m_order);
    orderRow->addStretch(1);
    orderRow->addWidget(exportMatrix);
    m_hover->setText(tr("Point at a cell to read its value; click it to sort by that text."));
    m_hover->setWordWrap(true);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mapLayout->addLayout(orderRow);
    mapLayout->addWidget(m_heatmap, 1);
    mapLayout->addWidget(m_hover);
    m_tabs->addTab(mapPage, tr("Similarity"));
    m_tabs->addTab(m_pca, tr("Map (PCA)"));
    m_tabs->addTab(m_ranking, tr("Search"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_server);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_useSetProfile);
    m_useSetProfile->setVisible(false);
    layout->addLayout(messageRow);
    layout->addWidget(splitter, 1);
}

void EmbeddingsPanel::restoreSettings()
{
    m_restoring = true;
    QSettings settings;
    const QUrl url = QUrl(settings.value(kGroup + QStringLiteral("baseUrl")).toString());
    if (url.isValid() && !url.isEmpty()) {
        ServerConfig server = m_client->server();
        server.baseUrl = url;
        m_client->setServer(server);
        m_server->urlEdit()->setText(url.toString());
    }
    const QUrl rerankUrl = QUrl(settings.value(kGroup + QStringLiteral("rerankBaseUrl")).toString());
    if (rerankUrl.isValid() && !rerankUrl.isEmpty()) {
        ServerConfig server = m_rerankClient->server();
        server.baseUrl = rerankUrl;
        m_rerankClient->setServer(server);
        m_ranking->rerankPicker()->urlEdit()->setText(rerankUrl.toString());
    }
    m_server->setPreferredModel(settings.value(kGroup + QStringLiteral("model")).toString());
    m_batch->setValue(
        settings.value(kGroup + QStringLiteral("batchSize"), EmbeddingJob::kDefaultBatchSize).toInt());
    m_dimensions->setValue(settings.value(kGroup + QStringLiteral("dimensions"), 0).toInt());
    m_truncate->setChecked(settings.value(kGroup + QStringLiteral("truncate"), false).toBool());
    m_truncateTokens->setEnabled(m_truncate->isChecked());
    m_truncateTokens->setValue(settings.value(kGroup + QStringLiteral("truncateTokens"), 0).toInt());
    m_encoding->setCurrentIndex(settings.value(kGroup + QStringLiteral("encoding"), 0).toInt() == 1 ? 1 : 0);
    m_restoring = false;
}

void EmbeddingsPanel::saveSettings() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(kGroup + QStringLiteral("baseUrl"), m_client->server().baseUrl.toString());
    if (m_directory) {
        settings.setValue(kGroup + QStringLiteral("profileId"), m_server->profileId());
        settings.setValue(kGroup + QStringLiteral("rerankProfileId"), m_ranking->rerankPicker()->profileId());
    }
    settings.setValue(kGroup + QStringLiteral("rerankBaseUrl"), m_rerankClient->server().baseUrl.toString());
    if (!m_server->currentModel().isEmpty())
        settings.setValue(kGroup + QStringLiteral("model"), m_server->currentModel());
    settings.setValue(kGroup + QStringLiteral("batchSize"), m_batch->value());
    settings.setValue(kGroup + QStringLiteral("dimensions"), m_dimensions->value());
    settings.setValue(kGroup + QStringLiteral("truncate"), m_truncate->isChecked());
    settings.setValue(kGroup + QStringLiteral("truncateTokens"), m_truncateTokens->value());
    settings.setValue(kGroup + QStringLiteral("encoding"), m_encoding->currentIndex());
}

void EmbeddingsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first look at the page loads the models: nothing is asked of the server before.
    if (!m_connectedOnce) {
        m_connectedOnce = true;
        m_server->connectTo(m_server->addressText());
        m_ranking->rerankPicker()->connectTo(m_ranking->rerankPicker()->addressText());
    }
}

void EmbeddingsPanel::setServerDirectory(ServerDirectory *directory)
{
    if (m_directory || !directory)
        return;
    m_directory = directory;
    const QSettings settings;
    const ProfileModel *profiles = directory->profiles();
    // The profile used last; else (a panel from before profiles, or the first run) the one at the
    // remembered address, else the window's; without profiles the address and the environment's
    // key as before.
    auto choose = [&](ServerPicker *picker, const QString &key, const QUrl &address) {
        picker->setDirectory(directory);
        QString id = settings.value(kGroup + key).toString();
        if (!settings.contains(kGroup + key)) {
            for (const ServerProfile &profile : profiles->profiles()) {
                if (id.isEmpty() && profile.baseUrl == address)
                    id = profile.id;
            }
            if (id.isEmpty() && !settings.contains(kGroup + QStringLiteral("baseUrl")))
                id = profiles->activeId();
        }
        if (!id.isEmpty() && profiles->find(id))
            picker->useProfile(id,
                               m_connectedOnce); // before the page is seen, nothing is asked of the server
    };
    m_restoring = true;
    choose(m_server, QStringLiteral("profileId"), m_client->server().baseUrl);
    choose(m_ranking->rerankPicker(), QStringLiteral("rerankProfileId"), m_rerankClient->server().baseUrl);
    m_restoring = false;
    connect(m_server, &ServerPicker::profileChanged, this, [this] {
        m_useSetProfile->setVisible(false);
        saveSettings();
        if (m_ranking->rerankerOnEmbeddingsServer() && !m_server->profileId().isEmpty())
            m_ranking->rerankPicker()->useProfile(m_server->profileId(), m_connectedOnce);
    });
    connect(m_ranking->rerankPicker(), &ServerPicker::profileChanged, this, [this] { saveSettings(); });
    connect(m_useSetProfile, &QPushButton::clicked, this, [this] {
        m_useSetProfile->setVisible(false);
        m_connectedOnce = true;
        m_server->setPreferredModel(m_setModel);
        m_server->useProfile(m_setProfileId);
    });
}

bool EmbeddingsPanel::connectTo(const QString &address)
{
    m_connectedOnce = true;
    const bool ok = m_server->connectTo(address);
    if (ok) {
        saveSettings();
        if (m_ranking->rerankerOnEmbeddingsServer())
            m_ranking->rerankPicker()->connectTo(address);
    }
    return ok;
}

ComputeSettings EmbeddingsPanel::currentSettings() const
{
    ComputeSettings settings;
    settings.server = m_client->server().baseUrl;
    settings.profileName = m_server->profileName();
    settings.model = m_server->currentModel();
    settings.dimensions = m_dimensions->value();
    settings.truncate = m_truncate->isChecked();
    settings.truncateTokens =
        m_truncate->isChecked() && m_truncateTokens->value() > 0 ? m_truncateTokens->value() : -1;
    return settings;
}

EmbeddingRequest EmbeddingsPanel::requestFor(const ComputeSettings &settings) const
{
    EmbeddingRequest request;
    request.model = settings.model;
    request.encoding = EmbeddingRequest::Encoding(m_encoding->currentData().toInt());
    request.dimensions = settings.dimensions;
    request.truncate = settings.truncate;
    request.truncatePromptTokens = settings.truncateTokens;
    return request;
}

int EmbeddingsPanel::addTexts(const QStringList &texts)
{
    QList<TextImport::Entry> entries;
    for (const QString &text : texts)
        entries.append({QString(), text});
    const int added = m_model->append(entries);
    if (added > 0)
        showMessage(tr("Texts added: %1.").arg(count(added)));
    return added;
}

int EmbeddingsPanel::addLines(const QString &text)
{
    QStringList texts;
    for (const TextImport::Entry &entry : TextImport::parseLines(text))
        texts.append(entry.text);
    return addTexts(texts);
}

void EmbeddingsPanel::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

void EmbeddingsPanel::moveSelected(int delta)
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const int first = rows.first();
    const int last = rows.last();
    if (last - first + 1 != rows.size())
        return; // a scattered selection does not move as one block
    if (delta < 0 && first > 0)
        m_model->moveRows({}, first, int(rows.size()), {}, first - 1);
    else if (delta > 0 && last + 1 < m_model->rowCount())
        m_model->moveRows({}, last + 1, 1, {}, first);
    else
        return;
    const int newFirst = first + delta;
    QItemSelection selection(m_model->index(newFirst, 0), m_model->index(newFirst + int(rows.size()) - 1,
                                                                         EmbeddingSetModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->setCurrentIndex(m_model->index(newFirst, m_table->currentIndex().column()));
}

bool EmbeddingsPanel::isComputing() const
{
    return m_job && m_job->isRunning();
}

void EmbeddingsPanel::updateComputeButton()
{
    const bool running = isComputing();
    m_cancel->setEnabled(running);
    m_compute->setEnabled(!running && !m_server->currentModel().isEmpty() && m_model->pendingCount() > 0);
    const int pending = m_model->pendingCount();
    const bool resuming = m_model->vectorCount() > 0 && m_model->settings() == currentSettings();
    if (running)
        m_compute->setText(tr("Computing…"));
    else if (pending == 0)
        m_compute->setText(tr("&Compute"));
    else if (resuming)
        m_compute->setText(tr("&Resume (%1 left)").arg(count(pending)));
    else
        m_compute->setText(tr("&Compute %1").arg(count(pending)));
}

void EmbeddingsPanel::compute()
{
    if (isComputing())
        return;
    const ComputeSettings settings = currentSettings();
    if (settings.model.isEmpty()) {
        showMessage(tr("Choose a model first: enter the server's address and pick an embedding model."),
                    true);
        return;
    }
    m_model->setSettings(settings); // other settings: the old vectors answer another question
    QList<EmbeddingJob::Input> inputs;
    m_sent.clear();
    for (const EmbeddingItem &item : m_model->items()) {
        if (!item.isPending())
            continue;
        inputs.append({item.id, item.text});
        m_sent.insert(item.id, item.text);
    }
    if (inputs.isEmpty()) {
        showMessage(m_model->rowCount() == 0 ? tr("Add some texts first.") : tr("Every text has a vector."));
        return;
    }
    m_job = new EmbeddingJob(m_client, requestFor(settings), inputs, m_batch->value(), this);
    connect(m_job, &EmbeddingJob::batchFinished, this,
            [this](const QList<quint64> &keys, const QList<QList<float>> &vectors,
                   const QList<quint64> &nonFinite) {
                for (qsizetype i = 0; i < keys.size(); ++i)
                    m_model->setVector(keys[i], m_sent.value(keys[i]), vectors[i],
                                       nonFinite.contains(keys[i]));
            });
    connect(m_job, &EmbeddingJob::itemFailed, this, [this](quint64 key, const ApiError &error) {
        m_model->setError(key, m_sent.value(key), EmbeddingErrors::describeEmbedding(error));
    });
    connect(m_job, &EmbeddingJob::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_job, &EmbeddingJob::retrying, this, [this](int attempt, int delayMs, const ApiError &reason) {
        showMessage(tr("Retrying (attempt %1) in %2 s: %3")
                        .arg(attempt)
                        .arg(QLocale().toString(delayMs / 1000.0, 'f', 1), reason.userMessage()));
    });
    connect(m_job, &EmbeddingJob::finished, this, &EmbeddingsPanel::onJobFinished);
    m_progress->setRange(0, int(inputs.size()));
    m_progress->setValue(0);
    const int empty = m_model->emptyCount();
    showMessage(
        empty > 0
            ? tr("Computing %1 vectors (empty texts left out: %2)…").arg(count(inputs.size()), count(empty))
            : tr("Computing %1 vectors…").arg(count(inputs.size())));
    m_job->setProperty("startedMs", QDateTime::currentMSecsSinceEpoch());
    m_job->start();
    updateComputeButton();
}

void EmbeddingsPanel::cancel()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
}

void EmbeddingsPanel::onJobFinished()
{
    EmbeddingJob *job = m_job;
    if (!job)
        return;
    job->deleteLater();
    const double seconds =
        double(QDateTime::currentMSecsSinceEpoch() - job->property("startedMs").toLongLong()) / 1000.0;
    const Usage &usage = job->usage();
    const QString time = QLocale().toString(seconds, 'f', 1);
    m_usage->setText(usage.promptTokens >= 0
                         ? tr("Tokens: %1 · requests: %2 · %3 s")
                               .arg(count(usage.promptTokens), count(job->requestCount()), time)
                         : tr("Requests: %1 · %2 s").arg(count(job->requestCount()), time));
    int refused = 0;
    int unusable = 0;
    for (const EmbeddingItem &item : m_model->items()) {
        refused += m_sent.contains(item.id) && !item.error.isEmpty();
        unusable += m_sent.contains(item.id) && item.nonFinite;
    }
    const int left = m_model->pendingCount();
    QStringList notes;
    if (refused > 0)
        notes.append(tr("Refused by the server: %1 (see their status).").arg(count(refused)));
    if (unusable > 0)
        notes.append(tr("Vectors holding NaN or infinity, left out of every view: %1.").arg(count(unusable)));
    switch (job->state()) {
    case EmbeddingJob::State::Finished:
        notes.prepend(tr("Vectors computed: %1.").arg(count(job->done() - refused)));
        showMessage(notes.join(QLatin1Char(' ')), refused > 0 || unusable > 0);
        break;
    case EmbeddingJob::State::Canceled:
        notes.prepend(tr("Stopped. Texts left: %1 — Resume computes them.").arg(count(left)));
        showMessage(notes.join(QLatin1Char(' ')));
        break;
    default:
        notes.prepend(left > 0
                          ? tr("%1 The finished batches are kept. Texts left: %2 — Resume computes them.")
                                .arg(job->errorMessage(), count(left))
                          : job->errorMessage());
        showMessage(notes.join(QLatin1Char(' ')), true);
        break;
    }
    m_job = nullptr;
    updateComputeButton();
    emit computeFinished();
}

void EmbeddingsPanel::probeModel()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
        m_probe->deleteLater();
    }
    m_probedDimensions = 0;
    const QString model = m_server->currentModel();
    if (model.isEmpty())
        return;
    // One tiny request says at once whether the model embeds, and how long its vectors are.
    EmbeddingRequest request;
    request.model = model;
    m_probe = new EmbeddingJob(m_client, request, {{0, kProbeText}}, 1, this);
    connect(m_probe, &EmbeddingJob::batchFinished, this,
            [this](const QList<quint64> &, const QList<QList<float>> &vectors, const QList<quint64> &) {
                m_probedDimensions = int(vectors.value(0).size());
            });
    connect(m_probe, &EmbeddingJob::finished, this, [this, model] {
        EmbeddingJob *probe = m_probe;
        m_probe = nullptr;
        probe->deleteLater();
        if (probe->state() == EmbeddingJob::State::Finished && m_probedDimensions > 0)
            m_server->setStatus(
                tr("%1 answers embeddings of %2 dimensions.").arg(model, count(m_probedDimensions)));
        else if (probe->state() == EmbeddingJob::State::Failed)
            m_server->setStatus(probe->errorMessage(), true);
        emit probeFinished();
    });
    m_probe->start();
}

// ---- analysis --------------------------------------------------------------------------------

void EmbeddingsPanel::scheduleAnalysis()
{
    m_analysisTimer.start(kAnalysisDelayMs);
}

QStringList EmbeddingsPanel::analysisLabels() const
{
    QStringList labels;
    for (int row : m_lastAnalysis.rows)
        labels.append(row < m_model->rowCount() ? m_model->item(row).displayLabel() : QString());
    return labels;
}

void EmbeddingsPanel::startAnalysis()
{
    if (m_analysis.isRunning()) {
        m_analysisDirty = true;
        return;
    }
    m_analysisDirty = false;
    EmbeddingAnalysis::Input input;
    const bool sameLength = m_model->usableVectors(input.vectors, input.rows);
    input.anchor = int(input.rows.indexOf(m_anchorRow));
    if (!sameLength) {
        showMessage(
            tr("The vectors have different lengths (computed with different settings?): compute again."),
            true);
        return;
    }
    input.order = EmbeddingAnalysis::Order(m_order->currentIndex());
    if (input.order == EmbeddingAnalysis::Order::SimilarToAnchor && input.anchor < 0)
        input.order = EmbeddingAnalysis::Order::List;
    m_analysis.setFuture(QtConcurrent::run(&EmbeddingAnalysis::run, input));
}

void EmbeddingsPanel::applyAnalysis()
{
    m_lastAnalysis = m_analysis.result();
    const QStringList labels = analysisLabels();
    const int n = int(m_lastAnalysis.rows.size());
    if (n == 0) {
        m_heatmap->clear(tr("Compute vectors to see how similar the texts are."));
    } else if (!m_lastAnalysis.matrix) {
        m_heatmap->clear(
            tr("%1 texts: the similarity map is drawn for at most %2 texts. The search and the PCA map "
               "still work.")
                .arg(count(n), count(EmbeddingAnalysis::kMaxMapTexts)));
    } else {
        HeatmapView::Data map;
        map.matrix = m_lastAnalysis.matrix;
        map.labels = labels;
        map.order = m_lastAnalysis.order;
        map.image = m_lastAnalysis.image;
        map.low = m_lastAnalysis.low;
        map.high = m_lastAnalysis.high;
        m_heatmap->setData(map);
    }
    if (m_lastAnalysis.pca.points.size() >= 2) {
        QStringList texts;
        for (int row : std::as_const(m_lastAnalysis.rows))
            texts.append(m_model->item(row).text);
        m_pca->setPoints(m_lastAnalysis.pca.points, labels, texts, m_lastAnalysis.pca.explained[0],
                         m_lastAnalysis.pca.explained[1]);
    } else {
        m_pca->clear(
            n > EmbeddingAnalysis::kMaxPcaTexts
                ? tr("The PCA map is drawn for at most %1 texts.").arg(count(EmbeddingAnalysis::kMaxPcaTexts))
                : tr("Compute vectors for at least two texts to see them on a map."));
    }
    emit analysisUpdated();
    if (m_analysisDirty)
        startAnalysis();
}

void EmbeddingsPanel::setOrder(EmbeddingAnalysis::Order order, int anchorRow)
{
    m_anchorRow = anchorRow;
    if (order == EmbeddingAnalysis::Order::SimilarToAnchor && anchorRow < 0) {
        showMessage(tr("Select a text in the list (or click a row of the map) to sort by similarity to it."));
        order = EmbeddingAnalysis::Order::List;
    }
    m_order->setCurrentIndex(int(order));
    scheduleAnalysis();
}

// ---- search ----------------------------------------------------------------------------------

void EmbeddingsPanel::rank(const QString &query)
{
    const QString text = query.trimmed();
    m_ranking->setQuery(query);
    if (text.isEmpty()) {
        m_ranking->setEmbeddingMessage(tr("Type a query first."), true);
        return;
    }
    const quint64 generation = ++m_rankGeneration;
    if (m_queryJob) {
        m_queryJob->disconnect(this);
        m_queryJob->cancel();
        m_queryJob->deleteLater();
    }
    if (m_rerankJob) {
        m_rerankJob->disconnect(this);
        m_rerankJob->cancel();
        m_rerankJob->deleteLater();
    }
    m_rankPending = 0;
    m_ranking->setBusy(true);

    const ComputeSettings vectors = m_model->settings();
    if (m_model->vectorCount() == 0) {
        m_ranking->setEmbeddingMessage(
            tr("Compute the texts' vectors to rank them by embedding similarity."));
    } else if (vectors.server != m_client->server().baseUrl || vectors.model != m_server->currentModel()) {
        m_ranking->setEmbeddingMessage(
            tr("The vectors come from %1 at %2: choose that model again, or compute the vectors again.")
                .arg(vectors.model, vectors.server.toString()),
            true);
    } else {
        ++m_rankPending;
        m_ranking->setEmbeddingMessage(tr("Embedding the query…"));
        auto *job = new EmbeddingJob(m_client, requestFor(vectors), {{0, text}}, 1, this);
        m_queryJob = job;
        auto vector = std::make_shared<QList<float>>();
        auto broken = std::make_shared<bool>(false);
        connect(job, &EmbeddingJob::batchFinished, this,
                [vector, broken](const QList<quint64> &, const QList<QList<float>> &vs,
                                 const QList<quint64> &nf) {
                    *vector = vs.value(0);
                    *broken = !nf.isEmpty();
                });
        connect(job, &EmbeddingJob::finished, this, [this, job, generation, vector, broken] {
            m_queryJob = nullptr;
            job->deleteLater();
            if (job->state() == EmbeddingJob::State::Finished && !*broken) {
                onRankVector(*vector, generation); // finishes this side when the scores are in
                return;
            }
            if (*broken)
                m_ranking->setEmbeddingMessage(tr("The query's vector holds NaN or infinity."), true);
            else if (job->state() == EmbeddingJob::State::Failed)
                m_ranking->setEmbeddingMessage(job->errorMessage(), true);
            sideFinished(generation);
        });
        job->start();
    }
    if (m_ranking->useReranker())
        startRerank(text, generation);
    else
        m_ranking->setRerankMessage(tr("The reranker is off."));
    if (m_rankPending == 0) {
        m_ranking->setBusy(false);
        emit rankingFinished();
    }
}

void EmbeddingsPanel::onRankVector(const QList<float> &query, quint64 generation)
{
    VectorMatrix matrix;
    QList<int> rows;
    if (!m_model->usableVectors(matrix, rows)) {
        m_ranking->setEmbeddingMessage(tr("The vectors have different lengths: compute again."), true);
        sideFinished(generation);
        return;
    }
    auto *watcher = new QFutureWatcher<QList<float>>(this);
    connect(watcher, &QFutureWatcher<QList<float>>::finished, this, [this, watcher, rows, generation] {
        watcher->deleteLater();
        if (generation != m_rankGeneration)
            return;
        const QList<float> scores = watcher->result();
        QList<RankingView::Row> ranked;
        for (int i : Similarity::rankDescending(scores)) {
            if (rows[i] >= m_model->rowCount())
                continue;
            const EmbeddingItem &item = m_model->item(rows[i]);
            ranked.append({rows[i], item.displayLabel(), item.text, double(scores[i])});
        }
        const ComputeSettings &settings = m_model->settings();
        m_ranking->setEmbeddingRanking(
            ranked, tr("Cosine of the vectors · %1 · %2 texts").arg(settings.model, count(ranked.size())));
        sideFinished(generation);
    });
    watcher->setFuture(QtConcurrent::run(&Similarity::cosineTo, query, matrix));
}

void EmbeddingsPanel::startRerank(const QString &query, quint64 generation)
{
    const bool same = m_ranking->rerankerOnEmbeddingsServer();
    VllmClient *client = same ? m_client : m_rerankClient;
    const QString model = same ? m_server->currentModel() : m_ranking->rerankPicker()->currentModel();
    QStringList documents;
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->item(row).isEmptyText()) {
            documents.append(m_model->item(row).text);
            rows.append(row);
        }
    }
    if (documents.isEmpty()) {
        m_ranking->setRerankMessage(tr("Add some texts first."));
        return;
    }
    ++m_rankPending;
    m_ranking->setRerankMessage(tr("Reranking %1 texts…").arg(count(documents.size())));
    auto *job = new RerankJob(client, model, query, documents, m_batch->value(), this);
    m_rerankJob = job;
    job->setFirstRoute(RerankJob::Route(m_rerankRoute));
    connect(job, &RerankJob::finished, this, [this, job, rows, generation] {
        m_rerankJob = nullptr;
        job->deleteLater();
        if (job->state() == RerankJob::State::Finished) {
            m_rerankRoute = int(job->route());
            const QList<double> &scores = job->scores();
            QList<float> asFloat;
            for (double s : scores)
                asFloat.append(float(s));
            QList<RankingView::Row> ranked;
            for (int i : Similarity::rankDescending(asFloat)) {
                if (rows[i] >= m_model->rowCount())
                    continue;
                const EmbeddingItem &item = m_model->item(rows[i]);
                ranked.append({rows[i], item.displayLabel(), item.text, scores[i]});
            }
            const QString tokens =
                job->usage().promptTokens >= 0  ? tr(" · %1 tokens").arg(count(job->usage().promptTokens))
                : job->usage().totalTokens >= 0 ? tr(" · %1 tokens").arg(count(job->usage().totalTokens))
                                                : QString();
            m_ranking->setRerankRanking(ranked,
                                        tr("POST %1 · %2%3").arg(job->routePath(), job->model(), tokens));
        } else if (job->state() == RerankJob::State::Failed) {
            m_ranking->setRerankMessage(job->errorMessage(), true);
        }
        sideFinished(generation);
    });
    job->start();
}

void EmbeddingsPanel::sideFinished(quint64 generation)
{
    if (generation != m_rankGeneration || --m_rankPending > 0)
        return;
    m_ranking->setBusy(false);
    emit rankingFinished();
}

// ---- files -----------------------------------------------------------------------------------

void EmbeddingsPanel::showMessage(const QString &text, bool isError)
{
    StatusText::show(m_message, text, isError);
}

void EmbeddingsPanel::finishFile(bool ok, const QString &message)
{
    showMessage(message, !ok);
    emit fileFinished(ok, message);
}

void EmbeddingsPanel::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    showMessage(tr("Reading %1…").arg(name));
    auto *watcher = new QFutureWatcher<FileRead>(this);
    connect(watcher, &QFutureWatcher<FileRead>::finished, this, [this, watcher, path, name] {
        watcher->deleteLater();
        const FileRead read = watcher->result();
        if (!read.error.isEmpty()) {
            finishFile(false, read.error);
            return;
        }
        if (read.format == TextImport::Format::Text) {
            const int added = m_model->append(read.entries);
            finishFile(true, tr("Added %1 texts from %2.").arg(count(added), name));
            return;
        }
        auto *dialog = new ImportDialog(path, read.table, read.format, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
            const int added = m_model->append(dialog->entries());
            finishFile(true, tr("Added %1 texts from %2.").arg(count(added), name));
        });
        connect(dialog, &QDialog::rejected, this, [this] { finishFile(false, tr("Nothing imported.")); });
        dialog->open();
    });
    watcher->setFuture(QtConcurrent::run([path]() {
        FileRead read;
        read.format = TextImport::formatForFileName(path);
        const QByteArray bytes = readFile(path, read.error);
        if (!read.error.isEmpty())
            return read;
        const TextImport::Decoded decoded = TextImport::decode(bytes);
        if (!decoded.error.isEmpty()) {
            read.error = decoded.error;
            return read;
        }
        QString error;
        switch (read.format) {
        case TextImport::Format::Text:
            read.entries = TextImport::parseLines(decoded.text);
            if (read.entries.isEmpty())
                read.error = QCoreApplication::translate("EmbeddingsPanel", "The file holds no text.");
            break;
        case TextImport::Format::Csv:
            read.table = TextImport::parseCsv(decoded.text, &error);
            break;
        case TextImport::Format::Jsonl:
            read.table = TextImport::parseJsonl(decoded.text, &error);
            break;
        }
        if (!error.isEmpty())
            read.error = error;
        return read;
    }));
}

void EmbeddingsPanel::saveSet(const QString &path)
{
    EmbeddingSetFile::Contents contents;
    contents.settings = m_model->settings();
    contents.items = m_model->items();
    contents.query = m_ranking->query();
    const int texts = int(contents.items.size());
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, texts] {
        watcher->deleteLater();
        const QString error = watcher->result();
        finishFile(error.isEmpty(),
                   error.isEmpty() ? tr("Saved %1 texts to %2.").arg(count(texts), QFileInfo(path).fileName())
                                   : error);
    });
    watcher->setFuture(
        QtConcurrent::run([path, contents]() { return writeFile(path, EmbeddingSetFile::write(contents)); }));
}

void EmbeddingsPanel::openSet(const QString &path)
{
    cancel();
    auto *watcher = new QFutureWatcher<FileRead>(this);
    connect(watcher, &QFutureWatcher<FileRead>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const FileRead read = watcher->result();
        if (!read.error.isEmpty()) {
            finishFile(false, read.error);
            return;
        }
        m_model->reset(read.set.items, read.set.settings);
        m_ranking->setQuery(read.set.query);
        // Back to where the vectors came from, so that a query is embedded by the same model.
        m_dimensions->setValue(read.set.settings.dimensions);
        m_truncate->setChecked(read.set.settings.truncate);
        m_truncateTokens->setValue(read.set.settings.truncateTokens > 0 ? read.set.settings.truncateTokens
                                                                        : 0);
        // Which profile made the set: by its name, else by its address.
        const ComputeSettings &made = read.set.settings;
        const ProfileModel *profiles = m_directory ? m_directory->profiles() : nullptr;
        const ServerProfile *origin =
            profiles && !made.profileName.isEmpty() ? profiles->findByName(made.profileName) : nullptr;
        for (const ServerProfile &profile : profiles ? profiles->profiles() : QList<ServerProfile>()) {
            if (!origin && !made.server.isEmpty() && profile.baseUrl == made.server)
                origin = &profile;
        }
        QStringList note{
            tr("Opened %1: %2 texts, %3 with vectors.")
                .arg(QFileInfo(path).fileName(), count(m_model->rowCount()), count(m_model->vectorCount()))};
        if (!made.profileName.isEmpty())
            note << (origin ? tr("Made with the profile %1 at %2.")
                            : tr("Made with the profile %1 at %2, which is not one of your profiles."))
                        .arg(made.profileName, made.server.toString());
        m_useSetProfile->setVisible(false);
        if (origin && origin->id != m_server->profileId()) {
            // Offered, not done: the user may mean to compute the set again elsewhere.
            m_setProfileId = origin->id;
            m_setModel = made.model;
            m_useSetProfile->setText(tr("Use the profile %1").arg(origin->name));
            m_useSetProfile->setVisible(true);
            note << tr("Its vectors answer queries only with that server's model.");
        } else if (!origin && !made.server.isEmpty() && made.server != m_client->server().baseUrl) {
            m_server->setPreferredModel(read.set.settings.model);
            m_server->connectTo(read.set.settings.server.toString());
        } else if (!read.set.settings.model.isEmpty()) {
            m_server->setPreferredModel(read.set.settings.model);
            const int index = m_server->modelPicker()->findData(read.set.settings.model);
            if (index >= 0)
                m_server->modelPicker()->setCurrentIndex(index);
        }
        finishFile(true, note.join(QLatin1Char(' ')));
    });
    watcher->setFuture(QtConcurrent::run([path]() {
        FileRead read;
        const QByteArray bytes = readFile(path, read.error);
        if (read.error.isEmpty() && !EmbeddingSetFile::read(bytes, read.set, &read.error) &&
            read.error.isEmpty())
            read.error = QCoreApplication::translate("EmbeddingsPanel", "The set could not be read.");
        return read;
    }));
}

void EmbeddingsPanel::exportTo(Export what, const QString &path)
{
    const QList<EmbeddingItem> items = m_model->items();
    const ComputeSettings settings = m_model->settings();
    const std::shared_ptr<const SimilarityMatrix> matrix = m_lastAnalysis.matrix;
    QStringList labels = analysisLabels();
    if (m_model->vectorCount() == 0) {
        finishFile(false, tr("There are no vectors to export yet."));
        return;
    }
    if (what == Export::SimilarityCsv && (!matrix || matrix->size != m_model->vectorCount())) {
        finishFile(false, isAnalysing() || m_analysisTimer.isActive()
                              ? tr("The similarity matrix is still being computed; try again in a moment.")
                              : tr("There is no similarity matrix for this many texts."));
        return;
    }
    const int rows = what == Export::SimilarityCsv ? matrix->size : m_model->vectorCount();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, rows] {
        watcher->deleteLater();
        const QString error = watcher->result();
        finishFile(error.isEmpty(),
                   error.isEmpty()
                       ? tr("Exported %1 rows to %2.").arg(count(rows), QFileInfo(path).fileName())
                       : error);
    });
    watcher->setFuture(QtConcurrent::run([what, path, items, settings, matrix, labels]() {
        QByteArray bytes;
        switch (what) {
        case Export::VectorsCsv:
            bytes = VectorExport::vectorsCsv(items);
            break;
        case Export::VectorsJson:
            bytes = VectorExport::vectorsJson(items, settings);
            break;
        case Export::VectorsNpy:
            bytes = VectorExport::vectorsNpy(items);
            break;
        case Export::SimilarityCsv:
            bytes = VectorExport::similarityCsv(labels, *matrix);
            break;
        }
        return writeFile(path, bytes);
    }));
}
