#pragma once

#include "api/serverconfig.h"
#include "embeddinganalysis.h"
#include "embeddings/embeddingitem.h"
#include "embeddings/embeddingrequest.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class EmbeddingJob;
class EmbeddingSetModel;
class HeatmapView;
class PcaMapView;
class QCheckBox;
class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;
class RankingView;
class RerankJob;
class ServerDirectory;
class ServerPicker;
class VllmClient;

// The Embeddings page beside the chat: its own server and model, a list of texts (typed, pasted
// one per line, imported from .txt, .csv or .jsonl; labelled, reordered, removed), computing their
// vectors in batches with a progress bar, Cancel and Resume, and what the vectors say — dimension
// and norm per text, a cosine-similarity map (list order, clustered, or by similarity to one
// text), a PCA map, and a query ranked by embedding similarity and by the server's reranker side
// by side. Sets are saved and reopened; vectors and the similarity matrix are exported as CSV,
// JSON and NumPy .npy. Network, disk and every heavy computation stay off the UI thread; errors
// show inline, in the server's own words.
class EmbeddingsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddingsPanel)

public:
    enum class Export { VectorsCsv, VectorsJson, VectorsNpy, SimilarityCsv };
    Q_ENUM(Export)

    // Files larger than this are not read (a text list of 256 MB is a mistake, not a list).
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    // `server` gives the key and the time-outs; the address is the panel's own (remembered).
    EmbeddingsPanel(QNetworkAccessManager *network, const ServerConfig &server, QWidget *parent = nullptr);
    ~EmbeddingsPanel() override;

    // The server profiles to pick from (not owned): the same list as the window's, each with its
    // key from the keychain. Chooses the profile used last, else the one at the panel's remembered
    // address, else (first run) the window's active one; `server` stays the "Other address" way.
    void setServerDirectory(ServerDirectory *directory);

    // What a person does, one call each (the buttons call these after their file dialogs).
    bool connectTo(const QString &address);
    int addTexts(const QStringList &texts); // blank ones are skipped; returns how many were added
    int addLines(const QString &text);      // one text per line
    void importFile(const QString &path);   // .txt at once; .csv and .jsonl through ImportDialog
    void compute();                         // computes what has no vector yet (so also resumes)
    void cancel();
    void rank(const QString &query);
    void saveSet(const QString &path);
    void openSet(const QString &path);
    void exportTo(Export what, const QString &path);
    void setOrder(EmbeddingAnalysis::Order order, int anchorRow = -1);
    void removeSelected();
    void moveSelected(int delta);

    bool isComputing() const;
    bool isAnalysing() const { return m_analysis.isRunning(); }
    const EmbeddingAnalysis::Result &lastAnalysis() const { return m_lastAnalysis; }
    int probedDimensions() const { return m_probedDimensions; }

    EmbeddingSetModel *model() const { return m_model; }
    ServerPicker *serverPicker() const { return m_server; }
    VllmClient *client() const { return m_client; }
    QTableView *tableView() const { return m_table; }
    HeatmapView *heatmap() const { return m_heatmap; }
    PcaMapView *pcaMap() const { return m_pca; }
    RankingView *rankingView() const { return m_ranking; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *computeButton() const { return m_compute; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *usageLabel() const { return m_usage; }
    QLabel *messageLabel() const { return m_message; }
    // Shown after opening a set made with a profile other than the current one: switches to it.
    QPushButton *useSetProfileButton() const { return m_useSetProfile; }
    QLabel *hoverLabel() const { return m_hover; }
    QSpinBox *batchSizeBox() const { return m_batch; }
    QSpinBox *dimensionsBox() const { return m_dimensions; }
    QCheckBox *truncateBox() const { return m_truncate; }
    QSpinBox *truncateTokensBox() const { return m_truncateTokens; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *orderBox() const { return m_order; }

signals:
    void computeFinished();
    void analysisUpdated();
    void rankingFinished();
    void fileFinished(bool ok, const QString &message); // import, open, save, export
    void probeFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct FileRead; // what a worker read from disk

    void buildLayout();
    void restoreSettings();
    void saveSettings() const;
    ComputeSettings currentSettings() const;
    EmbeddingRequest requestFor(const ComputeSettings &settings) const;
    void probeModel();
    void onJobFinished();
    void updateComputeButton();
    void scheduleAnalysis();
    void startAnalysis();
    void applyAnalysis();
    void showMessage(const QString &text, bool isError = false);
    void finishFile(bool ok, const QString &message);
    void onRankVector(const QList<float> &query, quint64 generation);
    void startRerank(const QString &query, quint64 generation);
    void sideFinished(quint64 generation); // one side of a ranking is done
    QStringList analysisLabels() const;

    VllmClient *m_client;
    VllmClient *m_rerankClient;
    EmbeddingSetModel *m_model;
    ServerPicker *m_server;
    QLabel *m_message;
    QPushButton *m_useSetProfile;
    ServerDirectory *m_directory = nullptr;
    QString m_setProfileId; // what m_useSetProfile switches to
    QString m_setModel;
    QTableView *m_table;
    QSpinBox *m_batch;
    QSpinBox *m_dimensions;
    QCheckBox *m_truncate;
    QSpinBox *m_truncateTokens;
    QComboBox *m_encoding;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_usage;
    QTabWidget *m_tabs;
    QComboBox *m_order;
    QLabel *m_hover;
    HeatmapView *m_heatmap;
    PcaMapView *m_pca;
    RankingView *m_ranking;
    QToolButton *m_exportButton;

    QPointer<EmbeddingJob> m_job;
    QHash<quint64, QString> m_sent; // the text each id had when it was sent
    QPointer<EmbeddingJob> m_probe;
    int m_probedDimensions = 0;
    QTimer m_analysisTimer;
    QFutureWatcher<EmbeddingAnalysis::Result> m_analysis;
    EmbeddingAnalysis::Result m_lastAnalysis;
    bool m_analysisDirty = false;
    int m_anchorRow = -1;
    QPointer<EmbeddingJob> m_queryJob;
    QPointer<RerankJob> m_rerankJob;
    int m_rerankRoute = 0; // RerankJob::Route that answered last
    quint64 m_rankGeneration = 0;
    int m_rankPending = 0;
    bool m_connectedOnce = false;
    bool m_restoring = false;
};
